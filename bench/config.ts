// Settings of one benchmark run: ports away from `npm start` (3000/4010) and the test suites (3100/4110 and
// one more per e2e worker, 3200/4210, the system tests' 3400/3401/4410), and how long each measurement
// runs. BENCH_QUICK=1 shortens everything for a smoke run.
import os from "node:os";
import path from "node:path";
import { findChromium } from "../test/support/chromium";
import { ROOT } from "../test/support/paths";

const num = (name: string, fallback: number) => {
  const raw = process.env[name];
  const value = raw === undefined || raw.trim() === "" ? NaN : Number(raw);
  return Number.isFinite(value) && value >= 0 ? value : fallback;
};

export const QUICK = process.env.BENCH_QUICK === "1";
/** BENCH_VERBOSE=1: echo every server's output, prefixed with its name. */
export const VERBOSE = process.env.BENCH_VERBOSE === "1";
export { ROOT };

export const PORTS = {
  app: num("BENCH_APP_PORT", 3300),
  floor: num("BENCH_FLOOR_PORT", 3301),
  emulator: num("BENCH_EMULATOR_PORT", 4310),
} as const;

export const URLS = {
  app: `http://127.0.0.1:${PORTS.app}`,
  floor: `http://127.0.0.1:${PORTS.floor}`,
  emulator: `http://127.0.0.1:${PORTS.emulator}`,
} as const;

/** The wallet API as the wallet's own browser code asks for it (each series written once). */
export const WALLET_API_PATH = "/api/wallet?series=once";

export const DIRS = {
  /** A copy of the working tree, built and served there, so building never rewrites the checkout's files. */
  app: process.env.BENCH_APP_DIR ?? path.join(os.tmpdir(), "coupon-wallet-bench-app"),
  floor: process.env.BENCH_FLOOR_DIR ?? path.join(os.tmpdir(), "coupon-wallet-floor"),
  distDir: ".next-bench",
  results: path.join(ROOT, "bench-results"),
} as const;

export const SETTINGS = {
  /** Reuse the previous build (when present) instead of building again: for iterating on the benchmark. */
  skipBuild: process.env.BENCH_SKIP_BUILD === "1",
  /** Seconds per autocannon run (proxy cost), and rounds of each case (direct, app, bare Next in turn). */
  loadSeconds: num("BENCH_LOAD_SECONDS", QUICK ? 2 : 3),
  proxyRounds: num("BENCH_PROXY_ROUNDS", QUICK ? 1 : 3),
  /** Lighthouse runs per page (the median is reported). */
  lighthouseRuns: num("BENCH_LIGHTHOUSE_RUNS", QUICK ? 1 : 3),
  /** Page loads per wallet size (DOM count, time to first coupon), and API calls per size. */
  // One round's 5,000-coupon first coupon reads 0.5× to 2.2× the 10-coupon wallet's: the median of 5 read
  // 0.80× to 1.21× in four runs of that phase and 1.45× and 1.48× in two full runs; of 11, 1.15× and 1.17×
  // in two runs of the phase. About 30 s more for a median that steers.
  pageRuns: num("BENCH_PAGE_RUNS", QUICK ? 2 : 11),
  // A round of API calls takes under half a second, and one round's 1000→5000 step reads anywhere from 2×
  // to 7.7× (collections in the app, the emulator and this process, on two shared cores): the median of
  // 9 rounds read 3.3× in one full run and 5.4× in the next. More rounds steady the median for seconds.
  apiRuns: num("BENCH_API_RUNS", QUICK ? 3 : 21),
  /** Wallet requests before the first and second memory reading. */
  memoryFirst: num("BENCH_MEMORY_FIRST", QUICK ? 300 : 1000),
  memoryTotal: num("BENCH_MEMORY_TOTAL", QUICK ? 3000 : 10000),
  /** Shoppers viewing their wallets at once (upstream economy). */
  crowd: num("BENCH_CROWD", 100),
  walletSizes: [10, 100, 1000, 5000] as const,
  /** BENCH_ONLY: the phases to run (comma-separated names as the run prints them); build and sign-in always run. */
  runsPhase: (name: string) => {
    const only = (process.env.BENCH_ONLY ?? "")
      .split(",")
      .map((n) => n.trim())
      .filter(Boolean);
    return only.length === 0 || ["build", "sign in"].includes(name) || only.includes(name);
  },
  /**
   * Each phase has a time budget: three times its planned work, times the machine's load (bench/budget.ts);
   * BENCH_BUDGET_SCALE multiplies them all. A phase over budget is stopped and reported; the rest still run.
   */
  budgetScale: num("BENCH_BUDGET_SCALE", 1),
  /** BENCH_RESUME=1: phases already measured on this same source (bench-results/phases/) are not run again. */
  resume: process.env.BENCH_RESUME === "1",
} as const;

/** Debian's Chromium when present, else Playwright's own browser (test/support/chromium.ts). */
export function chromiumPath(): string | undefined {
  return findChromium()?.path;
}

export const CHROME_FLAGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
] as const;
