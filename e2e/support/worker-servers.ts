// One Playwright worker's own Capillary emulator and app server (`next start` of the suite's build).
// The emulator holds counters, OTPs and fault switches, and the app holds its circuit breaker, caches
// and throttles in memory and talks to one CAPILLARY_BASE_URL: a pair per worker lets tests that switch
// faults on or count upstream calls run beside each other without seeing each other.
import { mkdirSync } from "node:fs";
import path from "node:path";
import webpush from "web-push";
import { startEmulator } from "../../emulator/server";
import { TEST_DIST_DIR } from "../../test/support/build";
import { controlTokenOf } from "../../test/support/emulator-client";
import { emulatorAppEnv } from "../../test/support/emulator-env";
import { startPushService, type StandInPushService } from "../../test/support/push-service";
import { makePassCertificates, passEnv, type PassCertificates } from "../../test/support/pass-certificates";
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

function vapidEnv() {
  const keys = webpush.generateVAPIDKeys();
  return { VAPID_PUBLIC_KEY: keys.publicKey, VAPID_PRIVATE_KEY: keys.privateKey };
}

/** Who may run a reminder round at a chosen clock on the suite's apps (POST /api/wallet/push/test-round). */
export const E2E_REMINDER_TEST_TOKEN = "e2e-reminder-test-token-0123456789";

export interface WorkerServers {
  appUrl: string;
  emulatorUrl: string;
  /** The secret its test hooks ask for, when they ask for one. */
  emulatorToken: string | undefined;
  auditLogFile: string;
  /** The certificates and keys the app signs wallet passes with (made for this worker), to verify them. */
  passCertificates: PassCertificates;
  /** A stand-in push service the app trusts and may send to (the suite's Chromium has none). */
  push: StandInPushService;
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
  const passCertificates = makePassCertificates();
  const push = await startPushService();
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
        // Reminders on, so the wallet offers them. Headless Chromium has no push service: tests subscribe a
        // stand-in's endpoint and run rounds at a chosen clock; the app's own timer stays out of their way.
        ...vapidEnv(),
        PUSH_SERVICE_HOSTS: "fcm.googleapis.com,127.0.0.1",
        REMINDER_SWEEP_SECONDS: "3600",
        REMINDER_TEST_TOKEN: E2E_REMINDER_TEST_TOKEN,
        NODE_EXTRA_CA_CERTS: push.certFile,
        // Apple and Google Wallet passes on, signed with material made here (verified by the tests).
        ...passEnv(passCertificates),
        ...options.env,
      },
    });
    return {
      appUrl,
      emulatorUrl: emulator.url,
      emulatorToken: controlTokenOf(emulator),
      auditLogFile: audit,
      passCertificates,
      push,
      stop: async () => {
        await app.stop();
        await emulator.close();
        await push.close();
      },
    };
  } catch (error) {
    await emulator.close();
    await push.close();
    throw error;
  }
}
