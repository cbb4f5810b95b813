// `npm run test:system`: scale-out and load tests against a production build (the one the e2e suite
// uses, test/support/build.ts). Starts its own emulator, redis-server and app instances on loopback (ports
// 3400/3401 and 4410 unless SYSTEM_APP_PORT, SYSTEM_APP_B_PORT and SYSTEM_EMULATOR_PORT say otherwise),
// bounded in time, and stops everything it started, pass or fail.
import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { startEmulator } from "../../emulator/server";
import { buildIfStale, TEST_DIST_DIR } from "../support/build";
import { DEMO_STAFF_USERS } from "../support/demo";
import { controlTokenOf, emulatorClient } from "../support/emulator-client";
import { emulatorAppEnv, LOOPBACK_LIMITS } from "../support/emulator-env";
import { startNextApp, type NextApp } from "../support/next-app";
import { ROOT } from "../support/paths";
import { startPushService } from "../support/push-service";
import { startRedisServer } from "../support/redis-server";
import webpush from "web-push";
import { loadWallet } from "./load";
import { REMINDER_TEST_ENV, remindersSentOnce } from "./reminders";
import { browserBundleChecks } from "./bundle";
import { walletQuickUnderStaffFlood } from "./staff-flood";
import { standaloneServesAShopper } from "./standalone";
import { twoInstancesShareState } from "./two-instances";

const PORTS = {
  a: Number(process.env.SYSTEM_APP_PORT ?? 3400),
  b: Number(process.env.SYSTEM_APP_B_PORT ?? 3401),
  emulator: Number(process.env.SYSTEM_EMULATOR_PORT ?? 4410),
  standalone: Number(process.env.SYSTEM_STANDALONE_PORT ?? 3402),
};
const LOG_DIR = path.join(ROOT, "test-results", "system");
const cleanups: Array<() => Promise<unknown>> = [];
const apps: NextApp[] = [];

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

function webpushKeys() {
  const keys = webpush.generateVAPIDKeys();
  return { VAPID_PUBLIC_KEY: keys.publicKey, VAPID_PRIVATE_KEY: keys.privateKey };
}

async function startApp(name: string, port: number, env: Record<string, string>) {
  const logFile = path.join(LOG_DIR, `${name}.log`);
  writeFileSync(logFile, ""); // this run's lines only
  const app = await startNextApp({ name, port, env, distDir: TEST_DIST_DIR, logFile });
  apps.push(app);
  cleanups.push(() => app.stop());
  return app;
}

async function main() {
  await buildIfStale();
  console.log("— the browser bundle");
  const bundle = browserBundleChecks(path.join(ROOT, TEST_DIST_DIR));
  const emulator = await startEmulator({ port: PORTS.emulator, quiet: true });
  cleanups.push(() => emulator.close());
  const redis = await startRedisServer();
  cleanups.push(() => redis.stop());
  const push = await startPushService();
  cleanups.push(() => push.close());
  console.log(`emulator ${emulator.url}, redis ${redis.url}, push service ${push.url}`);

  // What two instances behind a load balancer share: the session secret, the public URL and Redis.
  const env = {
    ...emulatorAppEnv(emulator.url, { demo: false }),
    ...LOOPBACK_LIMITS,
    NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
    NEXTAUTH_URL: `http://127.0.0.1:${PORTS.a}`,
    REDIS_URL: redis.url,
    // Expiry reminders, sent to the stand-in push service, whose certificate the instances trust.
    ...webpushKeys(),
    ...REMINDER_TEST_ENV,
    NODE_EXTRA_CA_CERTS: push.certFile,
  };
  mkdirSync(LOG_DIR, { recursive: true });
  writeFileSync(path.join(LOG_DIR, "bundle-figures.json"), `${JSON.stringify(bundle, null, 2)}\n`);
  const a = await startApp("app-a", PORTS.a, env);
  const b = await startApp("app-b", PORTS.b, env);

  console.log("\n— two instances sharing one Redis");
  const cookie = await twoInstancesShareState(a, b, emulatorClient(emulator.url, controlTokenOf(emulator)));

  console.log("\n— expiry reminders from two instances");
  await remindersSentOnce(a, b, cookie, push);

  console.log("\n— load: GET /api/wallet on instance A");
  const figures = await loadWallet(a, cookie);
  writeFileSync(path.join(LOG_DIR, "load-figures.json"), `${JSON.stringify(figures, null, 2)}\n`);
  for (const app of apps.splice(0)) await app.stop();

  console.log("\n— staff sign-ins with rotating usernames, against the shipped per-address budget");
  // Staff accounts to sign in to (the attack's usernames are none of them) and the shipped budget.
  const shipped = await startApp("app-shipped-budget", PORTS.a, {
    ...env,
    STAFF_USERS: DEMO_STAFF_USERS,
    STAFF_SIGN_IN_BUDGET_ADDRESS: "",
  });
  const flood = await walletQuickUnderStaffFlood(shipped, cookie);
  writeFileSync(path.join(LOG_DIR, "staff-flood-figures.json"), `${JSON.stringify(flood, null, 2)}\n`);
  for (const app of apps.splice(0)) await app.stop();

  console.log("\n— the standalone build, outside the repository, with plain node");
  await standaloneServesAShopper(
    TEST_DIST_DIR,
    PORTS.standalone,
    { ...env, WALLET_SINGLE_INSTANCE: "1" },
    emulatorClient(emulator.url, controlTokenOf(emulator)),
    path.join(LOG_DIR, "standalone.log"),
  );
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
      const lines = readFileSync(path.join(LOG_DIR, `${app.name}.log`), "utf8")
        .trim()
        .split("\n")
        .slice(-20);
      console.error(
        `\n--- last lines of ${app.name} (${path.join(LOG_DIR, `${app.name}.log`)})\n${lines.join("\n")}`,
      );
    }
    await cleanUp();
    clearTimeout(overall);
    process.exit(1);
  });
