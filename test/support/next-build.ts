// `next build`'s end, for every tool that builds (npm start, the test suites, the bench). Turbopack's build
// has been seen here to finish, print its route table and then not exit: once, in the bench, until its
// 6-minute timeout took the whole run with it. Builds that do their work and then hang in teardown are
// reported upstream for Next 16 (vercel/next.js#91107, openai/codex#18895). Next records a finished build in
// <distDir>/trace-build (its root span, `next-build`) after the last manifest is written, so a build that has
// recorded itself, written its BUILD_ID and prerender manifest, and is still running a minute later is
// stopped and counted as done.
import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import { NEXT_BIN } from "./paths";
import { exited, start, type Started, type StartOptions } from "./processes";

const LINGER_MS = 60_000;
const POLL_MS = 2_000;
/**
 * Written once the pages are generated, before the trace (whose root span closes last). A build that failed
 * after them and then lingered would pass for finished: two rare things at once, and its error would still
 * be in the output above.
 */
const OUTPUT_FILES = ["BUILD_ID", "prerender-manifest.json"];
const TRACE_FILE = "trace-build";

/** Whether `distDir` holds a build that Next recorded as finished, every file of it written since `sinceMs`. */
export function buildRecordedSince(distDir: string, sinceMs: number): boolean {
  try {
    const written = (file: string) => statSync(path.join(distDir, file)).mtimeMs >= sinceMs;
    if (![...OUTPUT_FILES, TRACE_FILE].every(written)) return false;
    return readFileSync(path.join(distDir, TRACE_FILE), "utf8").includes('"name":"next-build"');
  } catch {
    return false;
  }
}

/**
 * The exit code of `build` (`next build`, just started, writing into `distDir`), or 0 when it recorded a
 * finished build and was still running `lingerMs` later, and so was stopped.
 */
export async function buildExited(
  build: Started,
  distDir: string,
  { lingerMs = LINGER_MS, pollMs = POLL_MS }: { lingerMs?: number; pollMs?: number } = {},
): Promise<number | null> {
  // A second of slack for file systems whose times are coarser than the clock.
  const since = Date.now() - 1000;
  let recordedAt: number | undefined;
  let stoppedWhenDone = false;
  const watch = setInterval(() => {
    if (recordedAt === undefined) {
      if (buildRecordedSince(distDir, since)) recordedAt = Date.now();
      return;
    }
    if (Date.now() - recordedAt < lingerMs) return;
    clearInterval(watch);
    stoppedWhenDone = true;
    console.warn(
      `${build.name}: the build in ${distDir} was finished (Next's trace-build says so) but the process had ` +
        `not exited ${Math.round(lingerMs / 1000)} s later; stopping it and carrying on.`,
    );
    void build.stop();
  }, pollMs);
  const code = await exited(build);
  clearInterval(watch);
  return stoppedWhenDone ? 0 : code;
}

/**
 * `next build` in `options.cwd`, into the dist dir its environment names (Next's own default, `.next`,
 * otherwise): the process, and its end as `buildExited` reads it.
 */
export function startNextBuild(
  name: string,
  options: StartOptions & { cwd: string; env: NodeJS.ProcessEnv },
): { build: Started; exit: Promise<number | null> } {
  const build = start(name, process.execPath, [NEXT_BIN, "build"], options);
  const distDir = path.resolve(options.cwd, options.env.NEXT_DIST_DIR ?? ".next");
  return { build, exit: buildExited(build, distDir) };
}
