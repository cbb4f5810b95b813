// Which Chromium the end-to-end tests drive: an explicit CHROMIUM_PATH, else Debian's /usr/bin/chromium,
// else the browser Playwright downloaded itself (`npx playwright install chromium`) where that works.
import { existsSync } from "node:fs";

export async function findChromium() {
  const explicit = process.env.CHROMIUM_PATH;
  if (explicit) return existsSync(explicit) ? { path: explicit, source: "CHROMIUM_PATH" } : null;
  for (const candidate of ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]) {
    if (existsSync(candidate)) return { path: candidate, source: "system" };
  }
  try {
    const { chromium } = await import("@playwright/test");
    const bundled = chromium.executablePath();
    if (bundled && existsSync(bundled)) return { path: undefined, source: "playwright" };
  } catch {
    // Playwright's own browser is not installed.
  }
  return null;
}
