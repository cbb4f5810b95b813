// `npm run test:system`: scale-out and load tests against production builds. Starts its own emulator,
// redis-server and app instances on loopback (ports 3400/3401 and 4410 unless overridden), bounded in
// time, and stops everything it started, pass or fail.
import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { DEMO_CREDENTIALS } from "../../emulator/credentials";
import { startEmulator } from "../../emulator/server";
import { startRedisServer } from "../support/redis-server";
import { loadWallet } from "./load";
import { buildIfStale, LOG_DIR, startApp, type AppInstance } from "./processes";
import { twoInstancesShareState } from "./two-instances";

const PORTS = {
  a: Number(process.env.SYSTEM_APP_PORT ?? 3400),
  b: Number(process.env.SYSTEM_APP_B_PORT ?? 3401),
  emulator: Number(process.env.SYSTEM_EMULATOR_PORT ?? 4410),
};
const cleanups: Array<() => Promise<unknown>> = [];
const apps: AppInstance[] = [];

async function cleanUp() {
  for (const cleanup of cleanups.reverse()) await cleanup().catch(() => {});
}

// The whole run, build included, may not hang a CI job.
const overall = setTimeout(() => {
  console.error("system tests exceeded 10 minutes; stopping");
  void cleanUp().finally(() => process.exit(1));
}, 600_000);
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => void cleanUp().finally(() => process.exit(1)));
}

async function main() {
  await buildIfStale();
  const emulator = await startEmulator({ port: PORTS.emulator, quiet: true });
  cleanups.push(() => emulator.close());
  const redis = await startRedisServer();
  cleanups.push(() => redis.stop());
  console.log(`emulator ${emulator.url}, redis ${redis.url}`);

  // What two instances behind a load balancer share: the session secret, the public URL and Redis.
  const env = {
    CAPILLARY_BASE_URL: emulator.url,
    CAPILLARY_AUTH: "oauth",
    CAPILLARY_OAUTH_KEY: DEMO_CREDENTIALS.oauthKey,
    CAPILLARY_OAUTH_SECRET: DEMO_CREDENTIALS.oauthSecret,
    NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
    NEXTAUTH_URL: `http://127.0.0.1:${PORTS.a}`,
    REDIS_URL: redis.url,
  };
  for (const [name, port] of [
    ["app-a", PORTS.a],
    ["app-b", PORTS.b],
  ] as const) {
    const app = await startApp(name, port, env);
    apps.push(app);
    cleanups.push(() => app.stop());
  }
  const [a, b] = apps as [AppInstance, AppInstance];

  console.log("\n— two instances sharing one Redis");
  const cookie = await twoInstancesShareState(a, b, emulator.url);

  console.log("\n— load: GET /api/wallet on instance A");
  const figures = await loadWallet(a, cookie);
  mkdirSync(LOG_DIR, { recursive: true });
  writeFileSync(path.join(LOG_DIR, "load-figures.json"), `${JSON.stringify(figures, null, 2)}\n`);
}

main()
  .then(async () => {
    await cleanUp();
    clearTimeout(overall);
    console.log("\nsystem tests passed");
  })
  .catch(async (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    for (const app of apps) {
      const lines = readFileSync(app.logFile, "utf8").trim().split("\n").slice(-20).join("\n");
      console.error(`\n--- last lines of ${app.name} (${app.logFile})\n${lines}`);
    }
    await cleanUp();
    clearTimeout(overall);
    process.exit(1);
  });
