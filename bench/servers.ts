// The processes under test: the Capillary emulator, the app (next start on the build in DIRS.app) and the
// floor. Each runs in its own process so the load generator (this process) never shares an event loop
// with a server it measures.
import { randomBytes } from "node:crypto";
import { ASHA } from "../test/support/demo";
import { emulatorClient } from "../test/support/emulator-client";
import { emulatorAppEnv, LOOPBACK_LIMITS } from "../test/support/emulator-env";
import { startNextApp } from "../test/support/next-app";
import { TSX_CLI } from "../test/support/paths";
import { start, type Started } from "../test/support/processes";
import { waitForHttp } from "../test/support/wait-for-http";
import { DIRS, PORTS, ROOT, URLS, VERBOSE } from "./config";
import { buildEnv } from "./build";

const START_TIMEOUT_MS = 60_000;
/** The emulator's hooks' secret for this run (emulators that ask for one read EMULATOR_CONTROL_TOKEN). */
const CONTROL_TOKEN = randomBytes(24).toString("hex");
/** One secret for the whole run, so sessions survive an app restart (the memory phase restarts it). */
const NEXTAUTH_SECRET = randomBytes(32).toString("base64url");

export function appEnv(): NodeJS.ProcessEnv {
  return buildEnv({
    ...emulatorAppEnv(URLS.emulator, { demo: true }),
    ...LOOPBACK_LIMITS,
    NEXTAUTH_SECRET,
    NEXTAUTH_URL: URLS.app,
    NEXT_DIST_DIR: DIRS.distDir,
    PORT: String(PORTS.app),
  });
}

export async function startEmulator(): Promise<Started> {
  const proc = start("emulator", process.execPath, [TSX_CLI, "emulator/main.ts"], {
    cwd: ROOT,
    env: {
      ...process.env,
      EMULATOR_PORT: String(PORTS.emulator),
      EMULATOR_HOST: "127.0.0.1",
      EMULATOR_CONTROL_TOKEN: CONTROL_TOKEN,
    },
    echo: VERBOSE,
  });
  await waitForHttp(`${URLS.emulator}/__emulator/health`, START_TIMEOUT_MS, proc);
  return proc;
}

/** `nodeArgs`: e.g. ["--cpu-prof", "--cpu-prof-dir=…"] for the profile phase. */
export function startApp(nodeArgs: string[] = []): Promise<Started> {
  const env = appEnv() as Record<string, string>;
  return startNextApp({ name: "app", port: PORTS.app, dir: DIRS.app, env, nodeArgs, echo: VERBOSE });
}

/** `upstreamToken`: a Capillary token for the floor's pass-through proxy (bench/floor/app/api/upstream). */
export function startFloor(upstreamToken: string): Promise<Started> {
  return startNextApp({
    name: "floor",
    port: PORTS.floor,
    dir: DIRS.floor,
    healthPath: "/",
    env: buildEnv({
      FLOOR_UPSTREAM_URL: `${URLS.emulator}/v2/customers/${ASHA.customerId}/coupons`,
      FLOOR_UPSTREAM_TOKEN: upstreamToken,
    }) as Record<string, string>,
    echo: VERBOSE,
  });
}

/** The emulator's test hooks; latency(ms) sets the injected upstream latency. */
export const emulator = {
  ...emulatorClient(URLS.emulator, CONTROL_TOKEN),
  latency: (latencyMs: number) => emulatorClient(URLS.emulator, CONTROL_TOKEN).faults({ latencyMs }),
};

export { COUPONS_ROUTE, SERIES_ROUTE, delta, type Counters } from "../test/support/emulator-client";
