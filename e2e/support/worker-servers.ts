// One Playwright worker's own Capillary emulator and app server (`next start` of the suite's build).
// The emulator holds counters, OTPs and fault switches, and the app holds its circuit breaker, caches
// and throttles in memory and talks to one CAPILLARY_BASE_URL: a pair per worker lets tests that switch
// faults on or count upstream calls run beside each other without seeing each other.
import { mkdirSync } from "node:fs";
import path from "node:path";
import { startEmulator } from "../../emulator/server";
import { TEST_DIST_DIR } from "../../test/support/build";
import { controlTokenOf } from "../../test/support/emulator-client";
import { emulatorAppEnv } from "../../test/support/emulator-env";
import { startNextApp } from "../../test/support/next-app";
import { auditLogFile } from "./audit-log";
import { E2E_SESSION_SECRET, workerPorts } from "./ports";

/**
 * Sign-in budgets for the suite's apps. Every test's browser comes from 127.0.0.1, so the per-address
 * budgets are wider than production's defaults; the per-number and per-username ones the sign-in tests
 * exercise stay as shipped. Tests of the address budgets send from their own loopback address.
 */
export const E2E_LIMITS = {
  // Every browser's sign-in in a worker comes from 127.0.0.1: sign-in-heavy spec files in one minute
  // must not meet the per-address budget meant for one phone, nor the overall one.
  OTP_SEND_BUDGET_ADDRESS: "40/1m,5000/1d",
  OTP_SEND_BUDGET_TOTAL: "1000/1m,100000/1d",
  OTP_GUESS_BUDGET_ADDRESS: "200/15m",
  STAFF_SIGN_IN_BUDGET_ADDRESS: "40/15m",
  STAFF_SIGN_IN_BUDGET_USERNAME: "5/15m",
  METRICS_TOKEN: "e2e-metrics-token-0123456789abcdef",
  // Saved staff sessions serve many tests over several minutes: neither the daily look-up cap nor the
  // console's idle lock may end them mid-run. The lock tests move the console's clock instead.
  STAFF_DAILY_LOOKUP_CAP: "100000",
  STAFF_LOCK_MINUTES: "120",
} as const;

export interface WorkerServers {
  appUrl: string;
  emulatorUrl: string;
  /** The secret its test hooks ask for, when they ask for one. */
  emulatorToken: string | undefined;
  auditLogFile: string;
  stop(): Promise<void>;
}

/**
 * `logDir`: where the app's output goes (app-<port>.log), to read when a test fails. A test that needs a
 * pair of its own passes `ports`, and `env` for what differs from the suite's (blank: the shipped default).
 */
export async function startWorkerServers(
  parallelIndex: number,
  logDir: string,
  options: { ports?: { app: number; emulator: number }; env?: Record<string, string> } = {},
): Promise<WorkerServers> {
  const ports = options.ports ?? workerPorts(parallelIndex);
  // In this worker's process: quiet, its "SMS" codes are read through its test hook.
  const emulator = await startEmulator({ port: ports.emulator, quiet: true });
  const appUrl = `http://127.0.0.1:${ports.app}`;
  const audit = auditLogFile(ports.app);
  mkdirSync(logDir, { recursive: true });
  try {
    const app = await startNextApp({
      name: `e2e app ${ports.app}`,
      port: ports.app,
      distDir: TEST_DIST_DIR,
      logFile: path.join(logDir, `app-${ports.app}.log`),
      env: {
        ...emulatorAppEnv(emulator.url, { demo: true }),
        NEXTAUTH_URL: appUrl,
        // Shared by every worker's app, so a session saved by the setup project works on all of them.
        NEXTAUTH_SECRET: E2E_SESSION_SECRET,
        AUDIT_LOG_FILE: audit,
        ...E2E_LIMITS,
        ...options.env,
      },
    });
    return {
      appUrl,
      emulatorUrl: emulator.url,
      emulatorToken: controlTokenOf(emulator),
      auditLogFile: audit,
      stop: async () => {
        await app.stop();
        await emulator.close();
      },
    };
  } catch (error) {
    await emulator.close();
    throw error;
  }
}
