// A production build for the tests (`next build` into its own dist dir, then scripts/finish-build.mjs, as
// every build), made only when the sources changed since the last.
import { spawn } from "node:child_process";
import { buildIsStale } from "./build-freshness";
import { startNextBuild } from "./next-build";
import { ROOT } from "./paths";

/**
 * The test suites' build. One dist dir for the e2e and system tests, so `npm test` builds once, and not
 * `npm start`'s `.next`, so a test run never rebuilds under a server someone is using.
 */
export const TEST_DIST_DIR = process.env.NEXT_DIST_DIR ?? ".next-test";

function run(args: string[], env: NodeJS.ProcessEnv): Promise<number | null> {
  const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ["ignore", "inherit", "inherit"] });
  return new Promise((resolve) => child.on("exit", resolve));
}

/** `env`: what the build sees (e.g. the emulator's settings, so the bundle check knows what to look for). */
export async function buildIfStale(distDir = TEST_DIST_DIR, env: Record<string, string> = {}): Promise<void> {
  if (!buildIsStale(distDir)) return;
  console.log(`Building the app into ${distDir} (missing or older than the sources)…`);
  const buildEnv = { ...process.env, ...env, NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: "1" };
  const built = await startNextBuild("next build", {
    cwd: ROOT,
    env: buildEnv,
    stdio: ["ignore", "inherit", "inherit"],
  }).exit;
  if (built !== 0) throw new Error(`next build failed (exit ${built})`);
  // As `npm run build`'s postbuild: the chunks marked, the secret check (a secret in the browser bundle
  // fails the build), the brotli copies, the standalone folder completed for the standalone system test.
  const finished = await run(["scripts/finish-build.mjs"], buildEnv);
  if (finished !== 0) throw new Error("finishing the build failed (see above)");
}
