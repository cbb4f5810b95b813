// Which Chromium the end-to-end tests and the benchmark drive: an explicit CHROMIUM_PATH, else Debian's
// /usr/bin/chromium (or another system Chrome), else the browser Playwright downloaded itself
// (`npx playwright install chromium`). Null when there is none, so the caller can say what to install.
import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";

export interface FoundChromium {
  path: string;
  source: "CHROMIUM_PATH" | "system" | "playwright";
}

const SYSTEM = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

export function findChromium(): FoundChromium | null {
  const explicit = process.env.CHROMIUM_PATH;
  // A CHROMIUM_PATH that points nowhere is a mistake to report, not a reason to pick another browser.
  if (explicit) return existsSync(explicit) ? { path: explicit, source: "CHROMIUM_PATH" } : null;
  const system = SYSTEM.find((candidate) => existsSync(candidate));
  if (system) return { path: system, source: "system" };
  try {
    const bundled = chromium.executablePath();
    if (bundled && existsSync(bundled)) return { path: bundled, source: "playwright" };
  } catch {
    // Playwright's own browser is not installed.
  }
  return null;
}

export const NO_CHROMIUM_HELP = `No Chromium found for the end-to-end tests. Install one of:
  - Debian/Ubuntu:  sudo apt-get install -y chromium      (then /usr/bin/chromium is used)
  - anywhere else:  npx playwright install chromium       (Playwright's own browser)
  or point CHROMIUM_PATH at a Chromium or Chrome binary.`;

/** Chromium's sandbox cannot start as root (CI containers); it needs --no-sandbox there. */
export const RUNNING_AS_ROOT = typeof process.getuid === "function" && process.getuid() === 0;
