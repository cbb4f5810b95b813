// 2. Page speed: Lighthouse (mobile preset) on /wallet for a signed-in shopper and on the floor, runs
// interleaved so both see the same machine; medians of each, and their ratios. Twice: with Lighthouse's
// default simulated throttling (Lantern: it replays the unthrottled localhost load on a model of a slow
// phone), and with throttling applied to the real load (devtools: 150 ms RTT, 1.6 Mbps, 4x CPU), which
// shows what the page does on such a phone rather than what the model infers from a fast load.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { CHROME_FLAGS, DIRS, ROOT, SETTINGS, URLS, VERBOSE, chromiumPath } from "./config";
import { runToEnd } from "../test/support/processes";
import type { ShopperSession } from "../test/support/sign-in";
import { checkBudget } from "./budget";
import { median, pairedRatios, type Spread } from "./stats";

const CLI = path.join(ROOT, "node_modules", "lighthouse", "cli", "index.js");
const RUN_TIMEOUT_MS = 120_000;

export interface LighthouseRun {
  performance: number;
  accessibility: number;
  fcp: number;
  lcp: number;
  tbt: number;
  cls: number;
  /** Why the figures are what they are: scripts by main-thread time, failing accessibility audits. */
  bootup: { url: string; ms: number }[];
  mainThread: { group: string; ms: number }[];
  a11yFailures: string[];
  lcpElement: string | null;
  /** Where the LCP time went (Lighthouse's phases: TTFB, load delay, load time, render delay), ms. */
  lcpPhases: { phase: string; ms: number }[];
  /** The document as transferred (with its headers) and its body unpacked, bytes; when its last byte came. */
  document: { transfer: number; resource: number; endMs?: number } | null;
}

/**
 * Lighthouse's applied (devtools) throttling downloads at 1.6 Mbit/s times its 0.9 adjustment
 * (mobileSlow4G in Lighthouse's Lantern constants, kbit of 1,024 bits): 188.7 bytes per millisecond.
 */
export const APPLIED_DOWNLOAD_BYTES_PER_MS = (1.6 * 1024 * 0.9 * 1024) / 8 / 1000;

export interface LighthouseSummary {
  runs: number;
  median: Omit<
    LighthouseRun,
    "bootup" | "mainThread" | "a11yFailures" | "lcpElement" | "lcpPhases" | "document"
  >;
  last: Pick<
    LighthouseRun,
    "bootup" | "mainThread" | "a11yFailures" | "lcpElement" | "lcpPhases" | "document"
  >;
  /** Every run, in order (paired with the other page's run of the same round). */
  perRun: Pick<LighthouseRun, "fcp" | "lcp" | "tbt" | "cls">[];
}

interface Lhr {
  finalDisplayedUrl?: string;
  categories: Record<string, { score: number | null; auditRefs: { id: string }[] }>;
  audits: Record<
    string,
    { score: number | null; numericValue?: number; details?: { items?: Record<string, unknown>[] } }
  >;
}

function parse(lhr: Lhr): LighthouseRun {
  const value = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
  const items = (id: string) => lhr.audits[id]?.details?.items ?? [];
  const a11y = lhr.categories.accessibility;
  return {
    performance: Math.round((lhr.categories.performance?.score ?? NaN) * 100),
    accessibility: Math.round((a11y?.score ?? NaN) * 100),
    fcp: value("first-contentful-paint"),
    lcp: value("largest-contentful-paint"),
    tbt: value("total-blocking-time"),
    cls: value("cumulative-layout-shift"),
    bootup: items("bootup-time")
      .map((item) => ({ url: String(item.url ?? ""), ms: Math.round(Number(item.total ?? 0)) }))
      .slice(0, 5),
    mainThread: items("mainthread-work-breakdown").map((item) => ({
      group: String(item.groupLabel ?? item.group ?? ""),
      ms: Math.round(Number(item.duration ?? 0)),
    })),
    a11yFailures: (a11y?.auditRefs ?? [])
      .map((ref) => ref.id)
      .filter((id) => {
        const score = lhr.audits[id]?.score;
        return score !== null && score !== undefined && score < 1;
      }),
    lcpPhases: items("largest-contentful-paint-element")
      .flatMap(
        (item) => ((item as { items?: Record<string, unknown>[] }).items ?? []) as Record<string, unknown>[],
      )
      .filter((row) => typeof row.phase === "string")
      .map((row) => ({ phase: String(row.phase), ms: Math.round(Number(row.timing ?? 0)) })),
    document: (() => {
      const doc = items("network-requests").find((item) => item.resourceType === "Document");
      return doc
        ? {
            transfer: Number(doc.transferSize ?? 0),
            resource: Number(doc.resourceSize ?? 0),
            ...(typeof doc.networkEndTime === "number" ? { endMs: Math.round(doc.networkEndTime) } : {}),
          }
        : null;
    })(),
    lcpElement: (() => {
      const node = items("largest-contentful-paint-element")[0] as
        { items?: { node?: { snippet?: string } }[]; node?: { snippet?: string } } | undefined;
      return node?.items?.[0]?.node?.snippet ?? node?.node?.snippet ?? null;
    })(),
  };
}

/** The full report of each page's last run is kept (bench-results/lighthouse-<page>.json): the trace-level why. */
type Throttling = "simulate" | "devtools";

async function runOnce(
  url: string,
  keepAs: string,
  throttling: Throttling,
  cookie?: string,
): Promise<LighthouseRun> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "coupon-wallet-lh-"));
  const output = path.join(dir, "report.json");
  try {
    const args = [
      CLI,
      url,
      "--output=json",
      `--output-path=${output}`,
      "--only-categories=performance,accessibility",
      `--chrome-flags=${CHROME_FLAGS.join(" ")}`,
      "--max-wait-for-load=45000",
      "--quiet",
      `--throttling-method=${throttling}`,
      ...(cookie ? [`--extra-headers=${JSON.stringify({ Cookie: cookie })}`] : []),
    ];
    const chrome = chromiumPath();
    await runToEnd(
      "lighthouse",
      process.execPath,
      args,
      {
        env: { ...process.env, ...(chrome ? { CHROME_PATH: chrome } : {}), TMPDIR: dir },
        echo: VERBOSE,
      },
      RUN_TIMEOUT_MS,
    );
    const lhr = JSON.parse(readFileSync(output, "utf8")) as Lhr;
    const landed = lhr.finalDisplayedUrl ? new URL(lhr.finalDisplayedUrl).pathname : null;
    if (landed !== new URL(url).pathname) throw new Error(`Lighthouse on ${url} ended at ${landed}`);
    mkdirSync(DIRS.results, { recursive: true });
    copyFileSync(output, path.join(DIRS.results, `lighthouse-${keepAs}-${throttling}.json`));
    return parse(lhr);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Lighthouse now and then fails to record a trace (NO_NAVSTART, NO_FCP): one more try, then give up. */
async function runWithRetry(
  url: string,
  keepAs: string,
  throttling: Throttling,
  cookie?: string,
): Promise<LighthouseRun> {
  try {
    return await runOnce(url, keepAs, throttling, cookie);
  } catch {
    return runOnce(url, keepAs, throttling, cookie);
  }
}

function summarise(runs: LighthouseRun[]): LighthouseSummary {
  const m = (key: "performance" | "accessibility" | "fcp" | "lcp" | "tbt" | "cls") =>
    median(runs.map((r) => r[key]));
  const last = runs[runs.length - 1]!;
  return {
    runs: runs.length,
    median: {
      performance: m("performance"),
      accessibility: m("accessibility"),
      fcp: m("fcp"),
      lcp: m("lcp"),
      tbt: m("tbt"),
      cls: m("cls"),
    },
    last: {
      bootup: last.bootup,
      mainThread: last.mainThread,
      a11yFailures: last.a11yFailures,
      lcpElement: last.lcpElement,
      lcpPhases: last.lcpPhases,
      document: last.document,
    },
    perRun: runs.map(({ fcp, lcp, tbt, cls }) => ({ fcp, lcp, tbt, cls })),
  };
}

/** Wallet over floor, run by run (runs are interleaved, so each pair saw the same machine). */
export interface LighthouseRatios {
  fcp: Spread | null;
  lcp: Spread | null;
  tbt: Spread | null;
}

export interface LighthouseResult {
  /** Simulated throttling (Lighthouse's default). */
  floor: LighthouseSummary;
  wallet: LighthouseSummary;
  ratios?: LighthouseRatios;
  /** Throttling applied to the real load (devtools). */
  applied?: { floor: LighthouseSummary; wallet: LighthouseSummary; ratios?: LighthouseRatios };
}

export function lighthouseRatios(wallet: LighthouseSummary, floor: LighthouseSummary): LighthouseRatios {
  const of = (key: "fcp" | "lcp" | "tbt") =>
    pairedRatios(
      wallet.perRun.map((r) => r[key]),
      floor.perRun.map((r) => r[key]),
    );
  return { fcp: of("fcp"), lcp: of("lcp"), tbt: of("tbt") };
}

export async function lighthouse(asha: ShopperSession): Promise<LighthouseResult> {
  const runs = {
    simulate: { floor: [] as LighthouseRun[], wallet: [] as LighthouseRun[] },
    devtools: { floor: [] as LighthouseRun[], wallet: [] as LighthouseRun[] },
  };
  // A returning shopper's browser sends the time-zone cookie its sign-in page set; Lighthouse's Chromium
  // runs in this process's zone.
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const cookie = `${asha.cookie}; tz=${encodeURIComponent(zone)}`;
  // Both servers warm (compiled routes, caches, a Capillary token) whether or not earlier phases ran.
  for (const [url, headers] of [
    [`${URLS.floor}/`, {}],
    [`${URLS.app}/wallet`, { Cookie: cookie }],
  ] as const) {
    for (let i = 0; i < 3; i++) await (await fetch(url, { headers })).arrayBuffer();
  }
  for (let i = 0; i < Math.max(1, SETTINGS.lighthouseRuns); i++) {
    for (const throttling of ["simulate", "devtools"] as const) {
      checkBudget();
      runs[throttling].floor.push(await runWithRetry(`${URLS.floor}/`, "floor", throttling));
      runs[throttling].wallet.push(await runWithRetry(`${URLS.app}/wallet`, "wallet", throttling, cookie));
    }
  }
  const simulated = { floor: summarise(runs.simulate.floor), wallet: summarise(runs.simulate.wallet) };
  const applied = { floor: summarise(runs.devtools.floor), wallet: summarise(runs.devtools.wallet) };
  return {
    ...simulated,
    ratios: lighthouseRatios(simulated.wallet, simulated.floor),
    applied: { ...applied, ratios: lighthouseRatios(applied.wallet, applied.floor) },
  };
}
