// `npm run test:e2e`: runs the Playwright suite in a real Chromium, saying which one, or plainly what to
// install when there is none. Arguments go to `playwright test` (e.g. a spec file or --project=phone).
import { spawn } from "node:child_process";
import { findChromium, NO_CHROMIUM_HELP } from "../test/support/chromium";

const chromium = findChromium();
if (!chromium) {
  console.error(NO_CHROMIUM_HELP);
  process.exit(1);
}
const which = chromium.source === "playwright" ? "Playwright's own Chromium" : chromium.path;
console.log(`End-to-end tests use ${which} (${chromium.source}).`);
const child = spawn("npx", ["playwright", "test", ...process.argv.slice(2)], { stdio: "inherit" });
child.on("exit", (code) => process.exit(code ?? 1));
