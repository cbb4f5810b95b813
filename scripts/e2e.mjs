#!/usr/bin/env node
// Runs the Playwright suite in a real Chromium, finding one first and saying plainly what to install when
// there is none.
import { spawn } from "node:child_process";
import { findChromium } from "./find-chromium.mjs";

const chromium = await findChromium();
if (!chromium) {
  console.error(`No Chromium found for the end-to-end tests. Install one of:
  - Debian/Ubuntu:  sudo apt-get install -y chromium      (then /usr/bin/chromium is used)
  - anywhere else:  npx playwright install chromium       (Playwright's own browser)
  or point CHROMIUM_PATH at a Chromium or Chrome binary.`);
  process.exit(1);
}
console.log(`End-to-end tests use ${chromium.path ?? "Playwright's own Chromium"} (${chromium.source}).`);
const env = { ...process.env, ...(chromium.path ? { CHROMIUM_PATH: chromium.path } : {}) };
const child = spawn("npx", ["playwright", "test", ...process.argv.slice(2)], { stdio: "inherit", env });
child.on("exit", (code) => process.exit(code ?? 1));
