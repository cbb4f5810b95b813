// The processes under test: the Capillary emulator, the app (next start on the build in DIRS.app) and the
// floor. Each runs in its own process so the load generator (this process) never shares an event loop
// with a server it measures.
import { randomBytes } from "node:crypto";
import path from "node:path";
import { DEMO, DIRS, PORTS, ROOT, URLS } from "./config";
import { NEXT_BIN, buildEnv } from "./build";
import { start, waitForHttp, type Started } from "./processes";
import { DEMO_CREDENTIALS } from "../emulator/credentials";

const START_TIMEOUT_MS = 60_000;
/** One secret for the whole run, so sessions survive an app restart (the memory phase restarts it). */
const NEXTAUTH_SECRET = randomBytes(32).toString("base64url");

export function appEnv(): NodeJS.ProcessEnv {
  return buildEnv({
    CAPILLARY_BASE_URL: URLS.emulator,
    CAPILLARY_AUTH: "oauth",
    CAPILLARY_OAUTH_KEY: DEMO_CREDENTIALS.oauthKey,
    CAPILLARY_OAUTH_SECRET: DEMO_CREDENTIALS.oauthSecret,
    DEMO_MODE: "1",
    STAFF_USERS: DEMO.staffUsers,
    NEXTAUTH_SECRET,
    NEXTAUTH_URL: URLS.app,
    NEXT_DIST_DIR: DIRS.distDir,
    PORT: String(PORTS.app),
  });
}

export async function startEmulator(): Promise<Started> {
  const tsx = path.join(ROOT, "node_modules", "tsx", "dist", "cli.mjs");
  const proc = start("emulator", process.execPath, [tsx, path.join(ROOT, "emulator", "main.ts")], {
    cwd: ROOT,
    env: { ...process.env, EMULATOR_PORT: String(PORTS.emulator), EMULATOR_HOST: "127.0.0.1" },
  });
  await waitForHttp(`${URLS.emulator}/__emulator/health`, START_TIMEOUT_MS, proc);
  return proc;
}

/** `nodeArgs`: e.g. ["--cpu-prof", "--cpu-prof-dir=…"] for the profile phase. */
export async function startApp(nodeArgs: string[] = []): Promise<Started> {
  // `node next start` directly (no npm/npx wrapper), so the pid is the server's own.
  const args = [...nodeArgs, NEXT_BIN, "start", "-p", String(PORTS.app), "-H", "127.0.0.1"];
  const proc = start("app", process.execPath, args, { cwd: DIRS.app, env: appEnv() });
  await waitForHttp(`${URLS.app}/api/health`, START_TIMEOUT_MS, proc);
  return proc;
}

/** `upstreamToken`: a Capillary token for the floor's pass-through proxy (bench/floor/app/api/upstream). */
export async function startFloor(upstreamToken: string): Promise<Started> {
  const proc = start(
    "floor",
    process.execPath,
    [NEXT_BIN, "start", "-p", String(PORTS.floor), "-H", "127.0.0.1"],
    {
      cwd: DIRS.floor,
      env: buildEnv({
        FLOOR_UPSTREAM_URL: `${URLS.emulator}/v2/customers/${DEMO.asha.customerId}/coupons`,
        FLOOR_UPSTREAM_TOKEN: upstreamToken,
      }),
    },
  );
  await waitForHttp(`${URLS.floor}/`, START_TIMEOUT_MS, proc);
  return proc;
}

export interface Counters {
  total: number;
  byRoute: Record<string, number>;
}

async function hook<T>(pathname: string, init?: RequestInit): Promise<T> {
  const response = await fetch(`${URLS.emulator}/__emulator${pathname}`, init);
  if (!response.ok) throw new Error(`emulator ${pathname} answered ${response.status}`);
  return (await response.json()) as T;
}

export const emulator = {
  counters: () => hook<Counters>("/counters"),
  otp: (mobile: string) =>
    hook<{ code: string }>(`/otp?entityValue=${encodeURIComponent(mobile)}`).then((r) => r.code),
  latency: (latencyMs: number) =>
    hook("/faults", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ latencyMs }),
    }),
};

export const COUPONS_ROUTE = "GET /v2/customers/:id/coupons";
export const SERIES_ROUTE = "GET /v2/coupon/series";
export const TOKEN_ROUTE = "POST /v3/oauth/token/generate";

/** Calls per route between two counter readings (routes with none left out). */
export function delta(before: Counters, after: Counters): Counters {
  const byRoute: Record<string, number> = {};
  for (const [route, count] of Object.entries(after.byRoute)) {
    const d = count - (before.byRoute[route] ?? 0);
    if (d !== 0) byRoute[route] = d;
  }
  return { total: after.total - before.total, byRoute };
}
