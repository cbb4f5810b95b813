// `npm run bench`: builds the app and a bare Next.js page, starts them on the emulator, measures, prints
// tables with a PASS/FAIL per target and writes bench-results/latest.json. Stops everything it started.
// BENCH_QUICK=1 for a short smoke run; BENCH_SKIP_BUILD=1 to reuse the last build; BENCH_ONLY=lighthouse,
// "wallet size" (comma-separated phase names) to measure only those.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Browser } from "@playwright/test";
import { launchBrowser } from "./browser";
import { buildEnv, hasBuild, nextBuild, snapshotApp, writeFloor } from "./build";
import { ASHA, bulkCustomer } from "../test/support/demo";
import { killAllNow, stopAll, type Started } from "../test/support/processes";
import { signInMany, signInShopper, type ShopperSession } from "../test/support/sign-in";
import { DIRS, QUICK, ROOT, SETTINGS, URLS, chromiumPath } from "./config";
import { lighthouse } from "./lighthouse";
import { memory } from "./memory";
import { pageWeight } from "./page-weight";
import { loadForProfile, profileDir, readProfile } from "./profile";
import { capillaryToken, proxyCost } from "./proxy-cost";
import { writePerformanceDoc } from "./performance-doc";
import { plain, tables, writeResults } from "./report";
import type { BenchResults } from "./results";
import { appEnv, emulator, startApp, startEmulator, startFloor } from "./servers";
import { checkTargets } from "./targets";
import { upstream } from "./upstream";
import { walletSize } from "./wallet-size";

const began = Date.now();
const say = (message: string) =>
  process.stderr.write(`[bench ${((Date.now() - began) / 1000).toFixed(0).padStart(4)}s] ${message}\n`);

function version(command: string, args: string[]): string {
  try {
    return execFileSync(command, args, { stdio: ["ignore", "pipe", "ignore"], timeout: 10_000 })
      .toString()
      .trim();
  } catch {
    return "unknown";
  }
}

const results: BenchResults = {
  startedAt: new Date(began).toISOString(),
  minutes: 0,
  quick: QUICK,
  machine: {
    cpus: os.cpus().length,
    model: os.cpus()[0]?.model ?? "unknown",
    loadAverage: os.loadavg().map((l) => Math.round(l * 100) / 100),
    node: process.version,
    next: (
      JSON.parse(readFileSync(path.join(ROOT, "node_modules", "next", "package.json"), "utf8")) as {
        version: string;
      }
    ).version,
    chromium: version(chromiumPath() ?? "chromium", ["--version"]),
  },
  source: { commit: "", dirty: false, files: 0 },
  errors: [],
  targets: [],
};

/** Runs one phase; a failure is recorded and the run goes on with the next. */
async function phase<T>(name: string, fn: () => Promise<T>): Promise<T | undefined> {
  if (!SETTINGS.runsPhase(name)) return undefined;
  const started = Date.now();
  say(`${name}…`);
  try {
    const value = await fn();
    say(`${name} done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return value;
  } catch (error) {
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
    say(`${name} FAILED: ${message}`);
    results.errors.push({ phase: name, message: message.slice(0, 2000) });
    return undefined;
  }
}

async function build() {
  const source = snapshotApp();
  results.source = source;
  writeFloor();
  const reuse = SETTINGS.skipBuild && hasBuild(DIRS.app, DIRS.distDir) && hasBuild(DIRS.floor, ".next");
  if (reuse) {
    say("BENCH_SKIP_BUILD=1: reusing the previous builds (the snapshot was refreshed but not rebuilt)");
    return;
  }
  const [app, floor] = await Promise.all([
    nextBuild("build app", DIRS.app, appEnv()),
    nextBuild("build floor", DIRS.floor, buildEnv()),
  ]);
  say(`built the app in ${(app / 1000).toFixed(0)} s and the floor in ${(floor / 1000).toFixed(0)} s`);
}

async function main() {
  await phase("build", build);
  if (results.errors.length > 0) return;

  await startEmulator();
  let app: Started = await startApp();
  const floor = await startFloor(await capillaryToken());
  say("emulator, app and floor are up");

  // Sessions: Asha, a crowd of generated customers, and one customer per wallet size.
  const crowdNs = Array.from({ length: SETTINGS.crowd }, (_, i) => 11 + i);
  const mobiles = [...new Set([...crowdNs, ...SETTINGS.walletSizes].map((n) => bulkCustomer(n).mobile))];
  const sessions = await phase("sign in", async () => {
    const asha = await signInShopper(URLS.app, emulator, ASHA.mobile);
    return { asha, bulk: await signInMany(URLS.app, emulator, mobiles) };
  });
  if (!sessions) return;
  const byN = (n: number) => sessions.bulk.get(bulkCustomer(n).mobile)!;
  const crowd: ShopperSession[] = crowdNs.map(byN);

  let browser: Browser | undefined = await launchBrowser();
  try {
    // First: the app has served no wallet yet, so the first view is cold.
    results.upstream = await phase("upstream economy", () => upstream(browser!, sessions.asha, crowd));
    results.proxyCost = await phase("proxy cost", () => proxyCost(sessions.asha));
    results.walletSize = await phase("wallet size", () =>
      walletSize(browser!, new Map(SETTINGS.walletSizes.map((n) => [n, byN(n)]))),
    );
    results.pageWeight = await phase("page weight", () => pageWeight(browser!, sessions.asha));
  } finally {
    await browser.close();
    browser = undefined;
  }
  results.lighthouse = await phase("lighthouse", () => lighthouse(sessions.asha));
  await floor.stop();

  // A fresh app server for memory, then another one under the CPU profiler.
  await app.stop();
  app = await startApp();
  const pid = app.child.pid;
  if (pid) results.memory = await phase("memory", () => memory(pid, [sessions.asha, ...crowd]));
  await app.stop();

  results.profile = await phase("cpu profile", async () => {
    const dir = profileDir();
    const profiled = await startApp(["--cpu-prof", `--cpu-prof-dir=${dir}`]);
    const load = await loadForProfile(sessions.asha);
    await profiled.stop(15_000);
    return readProfile(dir, load);
  });
}

async function finish(code: number) {
  await stopAll();
  results.minutes = Math.round(((Date.now() - began) / 60_000) * 10) / 10;
  results.targets = checkTargets(results);
  const out = writeResults(results);
  const complete = code === 0 && results.errors.length === 0 && !process.env.BENCH_ONLY?.trim();
  const doc = writePerformanceDoc(results, ROOT, complete);
  console.log("");
  for (const table of tables(results)) console.log(`${plain(table)}\n`);
  for (const error of results.errors) console.log(`ERROR in ${error.phase}: ${error.message.split("\n")[0]}`);
  console.log(
    `Noisy ${results.machine.cpus}-core machine (load average at start ${results.machine.loadAverage.join(", ")}): ` +
      `compare ratios, not times. ${results.minutes} min. Figures: ${path.relative(ROOT, out.json)} (and ${path.relative(ROOT, out.md)}).`,
  );
  console.log(
    doc
      ? `Wrote ${path.relative(ROOT, doc)}.`
      : "docs/performance.md left as it was (not a full, clean run).",
  );
  process.exit(code);
}

process.on("exit", killAllNow);
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    say(`${signal}: stopping everything`);
    void stopAll().then(() => process.exit(130));
  });
}

const deadline = new Promise<"deadline">((resolve) =>
  setTimeout(() => resolve("deadline"), SETTINGS.deadlineMinutes * 60_000).unref(),
);
const outcome = await Promise.race([main().then(() => "done" as const), deadline]).catch((error: unknown) => {
  results.errors.push({
    phase: "run",
    message: error instanceof Error ? (error.stack ?? error.message) : String(error),
  });
  return "failed" as const;
});
if (outcome === "deadline")
  results.errors.push({
    phase: "run",
    message: `stopped at the ${SETTINGS.deadlineMinutes}-minute deadline`,
  });
await finish(outcome === "done" && results.errors.length === 0 ? 0 : 1);
