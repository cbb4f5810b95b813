// Before any worker starts its servers: one production build for all of them, made only when the
// sources changed since the last (test/support/build.ts).
import { buildIfStale, TEST_DIST_DIR } from "../test/support/build";
import { emulatorAppEnv } from "../test/support/emulator-env";
import { E2E_SESSION_SECRET, workerPorts } from "./support/ports";

export default async function globalSetup() {
  const { app, emulator } = workerPorts(0);
  // The environment the workers' apps run with, so the bundle check looks for these secrets too.
  await buildIfStale(TEST_DIST_DIR, {
    ...emulatorAppEnv(`http://127.0.0.1:${emulator}`, { demo: true }),
    NEXTAUTH_URL: `http://127.0.0.1:${app}`,
    NEXTAUTH_SECRET: E2E_SESSION_SECRET,
  });
}
