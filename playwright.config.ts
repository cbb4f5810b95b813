import { defineConfig, devices } from "@playwright/test";
import { chromiumLaunchOptions } from "./e2e/support/browser";
import { fakeCameraArgs } from "./e2e/support/fake-camera";
import { E2E_WORKERS } from "./e2e/support/ports";

// Each worker starts its own emulator and app server (e2e/fixtures.ts), so tests that switch faults on or
// count upstream calls run beside each other; the global setup builds once for all of them.
export default defineConfig({
  testDir: "./e2e",
  // Parallel runs with their own build directory keep their own artefacts too.
  outputDir: process.env.NEXT_DIST_DIR ? `test-results/${process.env.NEXT_DIST_DIR}` : "test-results",
  globalSetup: "./e2e/global-setup.ts",
  workers: E2E_WORKERS,
  fullyParallel: true,
  retries: process.env.CI ? 1 : 0,
  timeout: 45_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    // A failed test keeps its trace (actions, DOM snapshots, network, console) and a screenshot. The trace's
    // filmstrip is left out: recording it for every test cost about a sixth of the suite's CPU here.
    trace: { mode: "retain-on-failure", screenshots: false, snapshots: true, sources: true },
    screenshot: "only-on-failure",
    launchOptions: chromiumLaunchOptions(),
    // The app answers in the language a browser asks for (Accept-Language): left to Chromium, that follows
    // the machine's LANG. Pinned to English so every spec reads the English names it selects by;
    // languages.spec.ts asks for Hindi and Arabic itself.
    locale: "en-US",
  },
  projects: [
    // Signs each saved role in once through the real sign-in pages (e2e/sessions.setup.ts).
    { name: "setup", testMatch: /sessions\.setup\.ts$/ },
    {
      name: "phone",
      use: { ...devices["Pixel 5"], defaultBrowserType: "chromium" },
      testIgnore: /staff\.[\w-]+\.spec\.ts$/,
      dependencies: ["setup"],
    },
    {
      name: "tablet",
      use: {
        viewport: { width: 1024, height: 768 },
        hasTouch: true,
        // The counter tablet's camera films coupon WL2ZBJZK's QR code (staff.scanner.spec.ts). Set for the
        // whole project: a launch option of one spec alone would need a browser, and servers, of its own.
        launchOptions: chromiumLaunchOptions(fakeCameraArgs("WL2ZBJZK")),
      },
      testMatch: /staff\.[\w-]+\.spec\.ts$/,
      dependencies: ["setup"],
    },
  ],
});
