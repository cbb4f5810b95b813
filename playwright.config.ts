import { defineConfig, devices } from "@playwright/test";
import { chromiumLaunchOptions } from "./e2e/support/browser";
import { E2E_APP_URL, E2E_PORTS, E2E_SESSION_SECRET } from "./e2e/support/ports";
import { AUDIT_LOG_FILE } from "./e2e/support/staff";

export default defineConfig({
  testDir: "./e2e",
  // Parallel runs with their own build directory keep their own artefacts too.
  outputDir: process.env.NEXT_DIST_DIR ? `test-results/${process.env.NEXT_DIST_DIR}` : "test-results",
  // One shared emulator holds counters and fault switches, so tests run one at a time.
  workers: 1,
  fullyParallel: false,
  retries: process.env.CI ? 1 : 0,
  timeout: 45_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL: E2E_APP_URL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: chromiumLaunchOptions(),
  },
  projects: [
    {
      name: "phone",
      use: { ...devices["Pixel 5"], defaultBrowserType: "chromium" },
      testIgnore: /staff\.[\w-]+\.spec\.ts$/,
    },
    {
      name: "tablet",
      use: { viewport: { width: 1024, height: 768 }, hasTouch: true },
      testMatch: /staff\.[\w-]+\.spec\.ts$/,
    },
  ],
  webServer: {
    command: "npx tsx scripts/start.ts start",
    url: `${E2E_APP_URL}/api/health`,
    timeout: 300_000,
    reuseExistingServer: !process.env.CI,
    stdout: "pipe",
    env: {
      PORT: String(E2E_PORTS.app),
      EMULATOR_PORT: String(E2E_PORTS.emulator),
      NEXTAUTH_URL: E2E_APP_URL,
      NEXTAUTH_SECRET: E2E_SESSION_SECRET,
      AUDIT_LOG_FILE,
    },
  },
});
