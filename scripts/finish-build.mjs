#!/usr/bin/env node
// What every production build needs after `next build`, in order: the large first-load chunks marked for
// eager compilation (compile-hints.mjs), the check that no configured secret reached the browser bundle
// (check-bundle-secrets.mjs), a brotli copy of each script and stylesheet (precompress.mjs), and Next's
// standalone output completed (standalone.mjs, which copies the static files with their brotli copies).
// One list for `npm run build`'s postbuild, `npm start`'s build and the tests' build, so a step is added
// in one place.
// Each step reads NEXT_DIST_DIR and the secrets from the environment it is given.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
/** The scripts, beside this one, in the order they run. */
export const FINISHING_STEPS = [
  "compile-hints.mjs",
  "check-bundle-secrets.mjs",
  "precompress.mjs",
  "standalone.mjs",
];

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const step of FINISHING_STEPS) {
    const { status, signal } = spawnSync(process.execPath, [path.join(here, step)], { stdio: "inherit" });
    if (status !== 0) {
      console.error(`Finishing the build stopped at ${step} (${signal ?? `exit ${status}`}).`);
      process.exit(status ?? 1);
    }
  }
}
