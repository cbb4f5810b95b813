// How the suite launches Chromium: the one scripts/e2e.ts reported (test/support/chromium.ts; CHROMIUM_PATH,
// Debian's, or Playwright's own), with --no-sandbox when running as root (CI containers).
import type { LaunchOptions } from "@playwright/test";
import { findChromium, RUNNING_AS_ROOT } from "../../test/support/chromium";

const found = findChromium();

/** `extraArgs`: e.g. a fake camera for the scanner spec. */
export function chromiumLaunchOptions(extraArgs: string[] = []): LaunchOptions {
  return {
    // Playwright's own browser needs no path; with none found, Playwright's error says what is missing.
    ...(found && found.source !== "playwright" ? { executablePath: found.path } : {}),
    args: [
      ...(RUNNING_AS_ROOT ? ["--no-sandbox"] : []),
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      ...extraArgs,
    ],
  };
}
