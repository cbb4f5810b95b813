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
import { buildEnv, hasBuild, nextBuild, snapshotApp, snapshotInfo, writeFloor } from "./build";
import { markFirstLoadChunks } from "../scripts/compile-hints.mjs";
import { precompress } from "../scripts/precompress.mjs";
import { OverBudget, budgetSeconds, endBudget, loadFactor, plannedSeconds, startBudget } from "./budget";
import { savePhase, savedPhases, sourceFingerprint } from "./phase-store";
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
import { plain, tables, verdictText, writeResults } from "./report";
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

/** The measuring phases, in the order they run ("upstream economy" first: it needs a cold app). */
const PHASES = [
  "upstream economy",
  "proxy cost",
  "wallet size",
  "page weight",
  "lighthouse",
  "memory",
  "cpu profile",
] as const;
type PhaseName = (typeof PHASES)[number];

const KEYS = {
  "upstream economy": "upstream",
  "proxy cost": "proxyCost",
  "wallet size": "walletSize",
  "page weight": "pageWeight",
  lighthouse: "lighthouse",
  memory: "memory",
  "cpu profile": "profile",
} as const satisfies Record<PhaseName, keyof BenchResults>;

let fingerprint = "";
/** Phases to measure in this run (BENCH_ONLY, minus those resumed). */
let todo: PhaseName[] = [];

/**
 * Runs one phase within its time budget; a failure or an overrun is recorded and the run goes on with the
 * next. A measuring phase's figures are saved as soon as it ends, for BENCH_RESUME=1.
 */
async function phase<T>(name: string, fn: () => Promise<T>): Promise<T | undefined> {
  if (!SETTINGS.runsPhase(name)) return undefined;
  if ((PHASES as readonly string[]).includes(name) && !todo.includes(name as PhaseName)) return undefined;
  const started = Date.now();
  const budget = budgetSeconds(name);
  say(
    `${name}… (budget ${budget} s: ${Math.round(plannedSeconds(name))} s planned, load factor ${loadFactor().toFixed(2)})`,
  );
  startBudget(name, budget);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const over = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new OverBudget(`${name} is over its time budget`)),
      budget * 1000 + 30_000,
    );
  });
  try {
    const value = await Promise.race([fn(), over]);
    say(`${name} done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    if ((PHASES as readonly string[]).includes(name) && value !== undefined)
      savePhase(name, fingerprint, value);
    return value;
  } catch (error) {
    const message =
      error instanceof OverBudget
        ? `stopped after ${((Date.now() - started) / 1000).toFixed(0)} s: over its budget of ${budget} s ` +
          `(${Math.round(plannedSeconds(name))} s of planned work × 3 × load ${loadFactor().toFixed(2)}; BENCH_BUDGET_SCALE raises it)`
        : error instanceof Error
          ? (error.stack ?? error.message)
          : String(error);
    say(`${name} FAILED: ${message}`);
    results.errors.push({ phase: name, message: message.slice(0, 2000) });
    return undefined;
  } finally {
    clearTimeout(timer);
    endBudget();
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
  // As every build of the app does after next build; the floor stays bare Next as it ships.
  const hints = markFirstLoadChunks(path.join(DIRS.app, DIRS.distDir));
  say(`compile hints: ${hints.marked} of ${hints.chunks} first-load chunks of the app marked`);
  const brotli = precompress(path.join(DIRS.app, DIRS.distDir, "static"));
  say(`brotli copies of ${brotli.files} scripts and stylesheets of the app`);
  say(`built the app in ${(app / 1000).toFixed(0)} s and the floor in ${(floor / 1000).toFixed(0)} s`);
}

async function main() {
  fingerprint = sourceFingerprint();
  const saved = SETTINGS.resume ? savedPhases(fingerprint) : new Map<string, unknown>();
  const resumed: string[] = [];
  for (const name of PHASES) {
    if (!saved.has(name)) continue;
    Object.assign(results, { [KEYS[name]]: saved.get(name) });
    resumed.push(name);
  }
  if (resumed.length) {
    results.resumed = resumed;
    say(`BENCH_RESUME=1: figures of ${resumed.join(", ")} taken from an earlier run of this same source`);
  }
  todo = PHASES.filter((name) => SETTINGS.runsPhase(name) && !saved.has(name));
  if (todo.length === 0) {
    results.source = { ...snapshotInfo(), files: 0 };
    return;
  }

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

  // Only the phases that load pages need a browser: BENCH_ONLY=memory runs where none is installed.
  const browserPhases: PhaseName[] = ["upstream economy", "wallet size", "page weight"];
  let browser: Browser | undefined = todo.some((name) => browserPhases.includes(name))
    ? await launchBrowser()
    : undefined;
  try {
    // First: the app has served no wallet yet, so the first view is cold.
    results.upstream =
      (await phase("upstream economy", () => upstream(browser!, sessions.asha, crowd))) ?? results.upstream;
    results.proxyCost = (await phase("proxy cost", () => proxyCost(sessions.asha))) ?? results.proxyCost;
    results.walletSize =
      (await phase("wallet size", () =>
        walletSize(browser!, new Map(SETTINGS.walletSizes.map((n) => [n, byN(n)]))),
      )) ?? results.walletSize;
    results.pageWeight =
      (await phase("page weight", () => pageWeight(browser!, sessions.asha))) ?? results.pageWeight;
  } finally {
    await browser?.close();
    browser = undefined;
  }
  results.lighthouse = (await phase("lighthouse", () => lighthouse(sessions.asha))) ?? results.lighthouse;
  await floor.stop();

  // A fresh app server for memory, then another one under the CPU profiler.
  await app.stop();
  if (todo.includes("memory")) {
    app = await startApp();
    const pid = app.child.pid;
    if (pid)
      results.memory =
        (await phase("memory", () => memory(pid, [sessions.asha, ...crowd]))) ?? results.memory;
    await app.stop();
  }

  if (todo.includes("cpu profile")) {
    results.profile =
      (await phase("cpu profile", async () => {
        const dir = profileDir();
        const profiled = await startApp(["--cpu-prof", `--cpu-prof-dir=${dir}`]);
        const load = await loadForProfile(sessions.asha);
        await profiled.stop(15_000);
        return readProfile(dir, load);
      })) ?? results.profile;
  }
}

async function finish(code: number) {
  await stopAll();
  results.minutes = Math.round(((Date.now() - began) / 60_000) * 10) / 10;
  results.targets = checkTargets(results);
  const out = writeResults(results);
  const measuredAll = PHASES.every((name) => results[KEYS[name]] !== undefined);
  const complete = code === 0 && results.errors.length === 0 && measuredAll;
  const doc = writePerformanceDoc(results, ROOT, complete);
  console.log("");
  for (const table of tables(results).filter((t) => t.title !== "Targets")) console.log(`${plain(table)}\n`);
  console.log(
    "Targets (by the median of each figure's runs; within noise: the runs fell on both sides of the limit)",
  );
  for (const t of results.targets) {
    console.log(`${verdictText(t).padEnd(20)} ${t.target}: ${t.measured}`);
    if (t.bounds) console.log(`${"".padEnd(20)}   bounded by: ${t.bounds}`);
  }
  for (const error of results.errors) console.log(`ERROR in ${error.phase}: ${error.message.split("\n")[0]}`);
  console.log(
    `Noisy ${results.machine.cpus}-core machine (load average at start ${results.machine.loadAverage.join(", ")}): ` +
      `compare ratios, not times. ${results.minutes} min. Figures: ${path.relative(ROOT, out.json)} (and ${path.relative(ROOT, out.md)}).`,
  );
  console.log(
    doc
      ? `Wrote ${path.relative(ROOT, doc)}.`
      : "docs/performance.md left as it was (not every phase measured cleanly on this source; BENCH_RESUME=1 completes it).",
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

const outcome = await main()
  .then(() => "done" as const)
  .catch((error: unknown) => {
    results.errors.push({
      phase: "run",
      message: error instanceof Error ? (error.stack ?? error.message) : String(error),
    });
    return "failed" as const;
  });
await finish(outcome === "done" && results.errors.length === 0 ? 0 : 1);
