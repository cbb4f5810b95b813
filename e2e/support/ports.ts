// Ports of the servers the end-to-end suite starts, away from `npm start`'s 3000/4010. Every Playwright
// worker runs its own app and emulator (e2e/support/worker-servers.ts): worker i listens on base + i.
// E2E_APP_PORT and E2E_EMULATOR_PORT move the bases, e.g. for a second run on the same machine.
const APP_BASE = Number(process.env.E2E_APP_PORT ?? 3100);
const EMULATOR_BASE = Number(process.env.E2E_EMULATOR_PORT ?? 4110);

/** Two cores: two workers, each with a browser, an app server and an emulator. */
export const E2E_WORKERS = 2;

export function workerPorts(parallelIndex: number) {
  return { app: APP_BASE + parallelIndex, emulator: EMULATOR_BASE + parallelIndex };
}

/** For a server that must refuse to start (startup-config.spec.ts): never one a worker uses. */
export const E2E_SPARE_PORT = APP_BASE + 99;
/** For the branded server startup-config.spec.ts starts beside it (its tests may run at once). */
export const E2E_BRANDED_PORT = APP_BASE + 98;

/** The suite's session secret, so tests can mint expired and wrongly signed sessions to throw at the app. */
export const E2E_SESSION_SECRET = "e2e-only-session-secret-never-used-in-production";
