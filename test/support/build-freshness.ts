// "Is the build stale?", asked by `npm start` and by the tests before they serve a production build: is
// any file the app is built from newer than the build? Used without a build tool: stat only.
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { FINISHING_STEPS } from "../../scripts/finish-build.mjs";
import { ROOT } from "./paths";

// Top-level folders the production build never reads: tests and tools, the emulator and its data
// (separate programs the app never imports), output. Every other folder counts, so a source folder
// added later (say `features/`) makes the build stale without anyone remembering to list it here.
const NOT_BUILT_FROM = new Set([
  "node_modules",
  "e2e",
  "test",
  "bench",
  "docs",
  "scripts",
  "emulator",
  "fixtures",
  "test-results",
  "playwright-report",
  "blob-report",
  "bench-results",
  "coverage",
  "out",
]);
// Top-level files it does read: config, manifests and root modules such as proxy.ts and
// instrumentation.ts. Tool configs (vitest.config.ts, playwright.config.ts) and next-env.d.ts, which
// `next typegen` rewrites on every type check, have a dot in their stem and do not match.
const BUILT_FROM_FILE =
  /^(next\.config\.\w+|postcss\.config\.\w+|tsconfig\.json|package(-lock)?\.json|[\w-]+\.tsx?)$/;
// Written by tools in source folders (tsc's incremental state in sw/), never read by the build.
const GENERATED = /\.tsbuildinfo$/;
// The steps after `next build` live in scripts/, which the build does not read; their output is the build's.
const BUILD_STEPS = ["finish-build.mjs", ...FINISHING_STEPS].map((step) => path.join("scripts", step));

/** Top-level files and folders the app is built from, and the build's own steps, as absolute paths. */
export function buildSources(root = ROOT): string[] {
  const topLevel = readdirSync(root, { withFileTypes: true })
    .filter((entry) => !entry.name.startsWith("."))
    .filter((entry) =>
      entry.isDirectory() ? !NOT_BUILT_FROM.has(entry.name) : BUILT_FROM_FILE.test(entry.name),
    )
    .map((entry) => path.join(root, entry.name));
  const steps = BUILD_STEPS.map((step) => path.join(root, step)).filter((step) => existsSync(step));
  return [...topLevel, ...steps];
}

function newestMtime(target: string): number {
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  // A folder's own time changes when a file in it is added, renamed or deleted.
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(target, { withFileTypes: true })) {
    if (entry.name === "node_modules" || entry.name.startsWith(".") || GENERATED.test(entry.name)) continue;
    newest = Math.max(newest, newestMtime(path.join(target, entry.name)));
  }
  return newest;
}

/** True when `<distDir>/BUILD_ID` is missing or older than any source. */
export function buildIsStale(distDir: string, root = ROOT): boolean {
  const buildId = path.join(root, distDir, "BUILD_ID");
  if (!existsSync(buildId)) return true;
  const built = statSync(buildId).mtimeMs;
  return buildSources(root).some((source) => newestMtime(source) > built);
}
