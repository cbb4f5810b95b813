#!/usr/bin/env node
// `npm test`: every test, in order (type check, lint, Prettier's check, unit, end-to-end, system), stopping
// at the first failure, then how long each step and the whole run took, so a slower suite is noticed.
import { spawn } from "node:child_process";

const STEPS = ["typecheck", "lint", "format:check", "test:unit", "test:e2e", "test:system"];
const began = Date.now();
const took = [];

const clock = (ms) => {
  const seconds = Math.round(ms / 1000);
  return seconds >= 60
    ? `${Math.floor(seconds / 60)}m${String(seconds % 60).padStart(2, "0")}s`
    : `${seconds}s`;
};

function run(step) {
  return new Promise((resolve) => {
    const child = spawn("npm", ["run", step], { stdio: "inherit" });
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

let failed;
for (const step of STEPS) {
  const started = Date.now();
  const code = await run(step);
  took.push(`${step} ${clock(Date.now() - started)}`);
  if (code !== 0) {
    failed = { step, code };
    break;
  }
  // The builds the later steps make need not check the types again (next.config.js says why).
  if (step === "typecheck") process.env.WALLET_TYPES_CHECKED = "1";
}
console.log(`\n${took.join(", ")}`);
if (failed) {
  console.log(`npm test failed at ${failed.step} after ${clock(Date.now() - began)}`);
  process.exit(failed.code);
}
console.log(`npm test took ${clock(Date.now() - began)}`);
