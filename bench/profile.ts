// Where the app's time goes under load: a V8 CPU profile of a separately started app server (node
// --cpu-prof) while /api/wallet is loaded at 20 connections, summarised as self time per area and per
// function. The evidence behind the proxy-cost figures; not itself a target.
import autocannon from "autocannon";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { SETTINGS, URLS, WALLET_API_PATH } from "./config";
import type { ShopperSession } from "../test/support/sign-in";

interface CpuProfile {
  startTime: number;
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileSummary {
  seconds: number;
  requests: number;
  /** Share of sampled time (excluding idle) per area. */
  areas: { area: string; share: number }[];
  top: { fn: string; where: string; share: number }[];
}

function area(url: string, fn: string): string {
  if (fn === "(idle)" || fn === "(program)" || fn === "(garbage collector)") return fn;
  if (url === "") return "(native/builtin)";
  if (url.startsWith("node:internal/deps/undici")) return "undici (fetch)";
  if (url.startsWith("node:")) return url.replace("node:internal/", "node:").replace(/\.js$/, "");
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)?.[1];
  if (pkg === "next") {
    if (url.includes("/compiled/next-server/")) return "next server runtime";
    return "next (other)";
  }
  if (pkg) return pkg;
  if (url.includes("/.next-bench/server/chunks/")) return "app server bundle (incl. bundled libs)";
  return url.split("/").slice(-2).join("/");
}

/** Monotonic clock in µs: the same clock V8 stamps profile samples with, in any process on the machine. */
export const monotonicUs = () => Number(process.hrtime.bigint() / 1000n);

/** Self time per function, counting only samples inside `window` (µs, monotonic): the load, not start-up. */
export function summarise(
  profile: CpuProfile,
  requests: number,
  window?: { from: number; to: number },
): ProfileSummary {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfUs = new Map<number, number>();
  let at = profile.startTime;
  profile.samples.forEach((id, i) => {
    const dt = profile.timeDeltas[i] ?? 0;
    at += dt;
    if (window && (at < window.from || at > window.to)) return;
    selfUs.set(id, (selfUs.get(id) ?? 0) + dt);
  });
  const areas = new Map<string, number>();
  const fns = new Map<string, { where: string; us: number }>();
  let busy = 0;
  for (const [id, us] of selfUs) {
    const frame = byId.get(id)?.callFrame;
    if (!frame || frame.functionName === "(idle)") continue;
    busy += us;
    const a = area(frame.url, frame.functionName);
    areas.set(a, (areas.get(a) ?? 0) + us);
    const key = `${frame.functionName || "(anonymous)"} ${a}`;
    const where = `${a}${frame.url ? `:${frame.lineNumber + 1}` : ""}`;
    const entry = fns.get(key) ?? { where, us: 0 };
    entry.us += us;
    fns.set(key, entry);
  }
  const share = (us: number) => Math.round((us / Math.max(1, busy)) * 1000) / 10;
  return {
    seconds: Math.round(busy / 1e5) / 10,
    requests,
    areas: [...areas]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 10)
      .map(([name, us]) => ({ area: name, share: share(us) })),
    top: [...fns]
      .sort((a, b) => b[1].us - a[1].us)
      .slice(0, 12)
      .map(([key, v]) => ({ fn: key.split(" ")[0]!, where: v.where, share: share(v.us) })),
  };
}

export function profileDir(): string {
  return mkdtempSync(path.join(os.tmpdir(), "coupon-wallet-prof-"));
}

/**
 * Loads the app (already started with --cpu-prof-dir=dir) for a few seconds after a warm-up; call
 * `readProfile` with the answer after the app has stopped.
 */
export async function loadForProfile(asha: ShopperSession) {
  const load = (duration: number) =>
    autocannon({
      url: `${URLS.app}${WALLET_API_PATH}`,
      headers: { Cookie: asha.cookie },
      connections: 20,
      duration,
    });
  await load(2);
  const from = monotonicUs();
  const result = await load(Math.max(2, Math.min(6, SETTINGS.loadSeconds)));
  return { requests: result.requests.total, window: { from, to: monotonicUs() } };
}

export function readProfile(
  dir: string,
  { requests, window }: { requests: number; window: { from: number; to: number } },
): ProfileSummary | null {
  try {
    const files = readdirSync(dir).filter((f) => f.endsWith(".cpuprofile"));
    if (files.length === 0) return null;
    // The server process's profile is the largest one.
    const sized = files
      .map((f) => ({ f, text: readFileSync(path.join(dir, f), "utf8") }))
      .sort((a, b) => b.text.length - a.text.length);
    return summarise(JSON.parse(sized[0]!.text) as CpuProfile, requests, window);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
