// Ports of the app and emulator the end-to-end suite starts (away from the ones `npm start` uses).
export const E2E_PORTS = {
  app: Number(process.env.E2E_APP_PORT ?? 3100),
  emulator: Number(process.env.E2E_EMULATOR_PORT ?? 4110),
} as const;
export const E2E_APP_URL = `http://127.0.0.1:${E2E_PORTS.app}`;
export const E2E_EMULATOR_URL = `http://127.0.0.1:${E2E_PORTS.emulator}`;
/** The suite's session secret, so tests can mint expired and wrongly signed sessions to throw at the app. */
export const E2E_SESSION_SECRET = "e2e-only-session-secret-never-used-in-production";
