// `npm start` / `npm run dev`: serve Coupon Wallet. With no CAPILLARY_ variable configured anywhere Next
// looks (the environment, .env files) it first starts the embedded Capillary emulator on loopback and points
// the app at it with the emulator's demo credentials, so a fresh clone runs with no Capillary account. `npm start` builds first when the build is missing or older
// than the sources. Spawning, the staleness check and the emulator's settings are the test harness's
// (test/support/), so `npm start` and the tests decide these things the same way.
import { randomBytes } from "node:crypto";
import path from "node:path";
import webpush from "web-push";
import { startEmulator } from "../emulator/server";
import { buildIsStale } from "../test/support/build-freshness";
import { emulatorAppEnv } from "../test/support/emulator-env";
import { startNextBuild } from "../test/support/next-build";
import { NEXT_BIN, ROOT } from "../test/support/paths";
import { exited, start, stopAll, type Started } from "../test/support/processes";
import { loadProjectEnv } from "./project-env";
import { decideStart } from "./start-decision";

// The demo staff accounts staff.demo, staff.lookup and staff.manager, password demo-staff-pass (README
// "Demo accounts"), shipped precomputed: lib/server/auth/demo-account.test.ts reads them from this file.
const DEMO_HASH = "scrypt$65536$8$1$YA3ji3oohyi20p_pwwTe3g$iyVjk415UpBsleXsY9Rrl5g6LD-loadDLxkkHdHyyi8";
const DEMO_STAFF_USERS = `staff.demo:${DEMO_HASH},staff.lookup:${DEMO_HASH}:lookup,staff.manager:${DEMO_HASH}:manager`;
const mode = process.argv[2] === "dev" ? "dev" : "start";
const port = process.env.PORT ?? "3000";

async function stopAllAndExit(code = 0): Promise<never> {
  await stopAll();
  process.exit(code);
}
process.on("SIGINT", () => void stopAllAndExit(0));
process.on("SIGTERM", () => void stopAllAndExit(0));

/** How `npm start` runs its children: in this terminal, their output the user's to read. */
const TERMINAL = { stdio: "inherit", detached: false } as const;

/** A child, stopped when `npm start` stops. */
function run(name: string, args: string[], env: Record<string, string | undefined>): Started {
  return start(name, process.execPath, args, { ...TERMINAL, cwd: ROOT, env: env as NodeJS.ProcessEnv });
}

async function startEmbeddedEmulator(): Promise<Record<string, string>> {
  const emulator = await startEmulator({ port: Number(process.env.EMULATOR_PORT ?? 4010) });
  process.on("exit", () => void emulator.close());
  return emulatorAppEnv(emulator.url, { demo: true, demoStaffUsers: DEMO_STAFF_USERS });
}

/** `--env-dir <dir>`: read the .env files from there instead of the project (the start tests use it). */
function envDir(): string {
  const at = process.argv.indexOf("--env-dir");
  return at > 0 && process.argv[at + 1] ? path.resolve(process.argv[at + 1]!) : ROOT;
}

async function main() {
  // What Next would see, .env files included, before anything is decided: a deploy that keeps its
  // settings in .env.production must never get the emulator.
  const configured = loadProjectEnv(envDir(), mode, process.env);
  const decision = decideStart(configured);
  if (decision.kind === "refuse") {
    console.error(`Coupon Wallet will not start:\n- ${decision.problems.join("\n- ")}`);
    await stopAllAndExit(1);
  }
  const usingEmulator = decision.kind === "emulator";
  const env: Record<string, string | undefined> = { ...configured, PORT: port };
  if (usingEmulator) Object.assign(env, await startEmbeddedEmulator());
  // Sessions are signed with NEXTAUTH_SECRET. In demo mode a fresh one per start is fine (sessions end on
  // restart); against a real Capillary the operator must set one.
  if (!env.NEXTAUTH_SECRET) {
    if (!usingEmulator && mode === "start") {
      console.error("NEXTAUTH_SECRET is not set. Set it to a long random string (openssl rand -base64 32).");
      await stopAllAndExit(1);
    }
    env.NEXTAUTH_SECRET = randomBytes(32).toString("base64url");
  }
  env.NEXTAUTH_URL ??= `http://localhost:${port}`;
  if (usingEmulator && !env.VAPID_PUBLIC_KEY && !env.VAPID_PRIVATE_KEY) demoVapidKeys(env);

  const distDir = env.NEXT_DIST_DIR ?? ".next";
  if (mode === "start" && buildIsStale(distDir)) {
    console.log("Building Coupon Wallet (the build is missing or older than the sources)…");
    const built = await startNextBuild("next build", {
      ...TERMINAL,
      cwd: ROOT,
      env: env as NodeJS.ProcessEnv,
    }).exit;
    if (built !== 0) await stopAllAndExit(built ?? 1);
    const finished = await exited(run("finish build", ["scripts/finish-build.mjs"], env));
    if (finished !== 0) await stopAllAndExit(finished ?? 1);
  }
  // `start` serves through server.mjs, which gives the app each connection's real address (per-address
  // limits); `dev` is Next's development server.
  const args = mode === "start" ? [path.join(ROOT, "server.mjs")] : [NEXT_BIN, "dev", "-p", port];
  const app = run("next", args, { ...env, HOSTNAME: env.HOSTNAME ?? "0.0.0.0" });
  void exited(app).then((code) => stopAllAndExit(code ?? 0));
  if (usingEmulator) printDemoBanner(port);
  else
    console.log(
      `Coupon Wallet is starting on port ${port} against ${decision.kind === "capillary" ? decision.baseUrl : "?"}.`,
    );
}

/** Expiry reminders in demo mode: a key pair for this run, printed so it can be kept across restarts. */
function demoVapidKeys(env: Record<string, string | undefined>) {
  const keys = webpush.generateVAPIDKeys();
  env.VAPID_PUBLIC_KEY = keys.publicKey;
  env.VAPID_PRIVATE_KEY = keys.privateKey;
  console.log(`
  Expiry reminders (web push) use a VAPID key pair made for this demo run. Browsers subscribed with it stop
  getting reminders when it changes; to keep it across restarts, set:
    VAPID_PUBLIC_KEY=${keys.publicKey}
    VAPID_PRIVATE_KEY=${keys.privateKey}
`);
}

function printDemoBanner(appPort: string) {
  console.log(`
  Coupon Wallet is starting on http://localhost:${appPort} against the embedded Capillary emulator.
  Shopper sign-in: http://localhost:${appPort}/signin  (demo mobile 919000000001; the one-time code is
  printed in this log as "[capillary-emulator] SMS to …").
  Staff console:   http://localhost:${appPort}/staff   (demo account staff.demo / demo-staff-pass).
`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  void stopAllAndExit(1);
});
