// A production build for the tests (`next build` into its own dist dir, then the check that no secret
// reached the browser bundle, as `npm start` does), made only when the sources changed since the last.
import { spawn } from "node:child_process";
import { buildIsStale } from "./build-freshness";
import { NEXT_BIN, ROOT } from "./paths";

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
  const built = await run([NEXT_BIN, "build"], buildEnv);
  if (built !== 0) throw new Error(`next build failed (exit ${built})`);
  // As every build: the first-load chunks marked for eager compilation (scripts/compile-hints.mjs).
  const hinted = await run(["scripts/compile-hints.mjs"], buildEnv);
  if (hinted !== 0) throw new Error("marking the first-load chunks failed");
  const checked = await run(["scripts/check-bundle-secrets.mjs"], buildEnv);
  if (checked !== 0) throw new Error("a configured secret is in the browser bundle (see above)");
  // As `npm run build`'s postbuild: the standalone folder completed, for the standalone system test.
  const completed = await run(["scripts/standalone.mjs"], buildEnv);
  if (completed !== 0) throw new Error("completing the standalone build failed");
}
