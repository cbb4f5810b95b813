// `npm start` / `npm run dev`: serve Coupon Wallet. With no CAPILLARY_BASE_URL configured it first starts the
// embedded Capillary emulator on loopback and points the app at it with the emulator's demo credentials, so
// a fresh clone runs with no Capillary account. `npm start` builds first when the build is missing or older
// than the sources.
import { spawn, type ChildProcess, type SpawnOptions } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { DEMO_CREDENTIALS } from "../emulator/credentials";
import { startEmulator } from "../emulator/server";

const DEMO_STAFF_USERS =
  "staff.demo:scrypt$65536$8$1$YA3ji3oohyi20p_pwwTe3g$iyVjk415UpBsleXsY9Rrl5g6LD-loadDLxkkHdHyyi8";
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const mode = process.argv[2] === "dev" ? "dev" : "start";
const port = process.env.PORT ?? "3000";
const children: ChildProcess[] = [];

function run(command: string, args: string[], options: SpawnOptions = {}) {
  const child = spawn(command, args, { cwd: root, stdio: "inherit", ...options });
  children.push(child);
  return child;
}

function stopAll(code = 0) {
  for (const child of children) if (child.exitCode === null) child.kill("SIGTERM");
  process.exit(code);
}
process.on("SIGINT", () => stopAll(0));
process.on("SIGTERM", () => stopAll(0));

function newestMtime(dir: string): number {
  // A folder's own time changes when a file in it is added, renamed or deleted.
  let newest = statSync(dir).mtimeMs;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === "node_modules" || entry.name.startsWith(".")) continue;
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

function buildIsStale() {
  const buildId = path.join(root, process.env.NEXT_DIST_DIR ?? ".next", "BUILD_ID");
  if (!existsSync(buildId)) return true;
  const built = statSync(buildId).mtimeMs;
  const sources = ["app", "components", "lib", "public", "proxy.ts", "next.config.js", "package-lock.json"]
    .map((p) => path.join(root, p))
    .filter((p) => existsSync(p))
    .map((p) => (statSync(p).isDirectory() ? newestMtime(p) : statSync(p).mtimeMs));
  return Math.max(0, ...sources) > built;
}

async function startEmbeddedEmulator(): Promise<Record<string, string>> {
  const emulator = await startEmulator({ port: Number(process.env.EMULATOR_PORT ?? 4010) });
  process.on("exit", () => void emulator.close());
  return {
    CAPILLARY_BASE_URL: emulator.url,
    CAPILLARY_AUTH: "oauth",
    CAPILLARY_OAUTH_KEY: DEMO_CREDENTIALS.oauthKey,
    CAPILLARY_OAUTH_SECRET: DEMO_CREDENTIALS.oauthSecret,
    DEMO_MODE: "1",
    // The demo staff account (README "Demo accounts"): staff.demo / demo-staff-pass.
    ...(process.env.STAFF_USERS ? {} : { STAFF_USERS: DEMO_STAFF_USERS }),
  };
}

async function main() {
  const env: Record<string, string | undefined> = { ...process.env, PORT: port };
  const usingEmulator = !process.env.CAPILLARY_BASE_URL;
  if (usingEmulator) Object.assign(env, await startEmbeddedEmulator());
  // Sessions are signed with NEXTAUTH_SECRET. In demo mode a fresh one per start is fine (sessions end on
  // restart); against a real Capillary the operator must set one.
  if (!env.NEXTAUTH_SECRET) {
    if (!usingEmulator && mode === "start") {
      console.error("NEXTAUTH_SECRET is not set. Set it to a long random string (openssl rand -base64 32).");
      stopAll(1);
    }
    env.NEXTAUTH_SECRET = randomBytes(32).toString("base64url");
  }
  env.NEXTAUTH_URL ??= `http://localhost:${port}`;

  const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");
  if (mode === "start" && buildIsStale()) {
    console.log("Building Coupon Wallet (the build is missing or older than the sources)…");
    const code = await new Promise<number | null>((resolve) =>
      run(process.execPath, [nextBin, "build"], { env: env as NodeJS.ProcessEnv }).on("exit", resolve),
    );
    if (code !== 0) stopAll(code ?? 1);
    const leak = await new Promise<number | null>((resolve) =>
      run(process.execPath, ["scripts/check-bundle-secrets.mjs"], { env: env as NodeJS.ProcessEnv }).on(
        "exit",
        resolve,
      ),
    );
    if (leak !== 0) stopAll(leak ?? 1);
  }
  const app = run(process.execPath, [nextBin, mode, "-p", port], { env: env as NodeJS.ProcessEnv });
  app.on("exit", (code) => stopAll(code ?? 0));
  if (usingEmulator) printDemoBanner(port);
}

function printDemoBanner(appPort: string) {
  console.log(`
  Coupon Wallet is starting on http://localhost:${appPort} against the embedded Capillary emulator.
  Shopper sign-in: http://localhost:${appPort}/signin  (demo mobile 919000000001; the one-time code is
  printed in this log as "[capillary-emulator] SMS to …").
  Staff console:   http://localhost:${appPort}/staff   (demo account staff.demo / demo-staff-pass).
`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  stopAll(1);
});
