// Chromium for the measurements that need a real page: Debian's when present, else Playwright's own.
import { chromium, devices, type Browser, type BrowserContext } from "@playwright/test";
import { CHROME_FLAGS, URLS, chromiumPath } from "./config";
import type { ShopperSession } from "../test/support/sign-in";

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: CHROME_FLAGS.filter((flag) => flag !== "--headless=new"),
    timeout: 60_000,
  });
}

/** A phone-sized context (the e2e suite's Pixel 5), signed in as `session` when given. */
export async function phoneContext(browser: Browser, session?: ShopperSession): Promise<BrowserContext> {
  const context = await browser.newContext({ ...devices["Pixel 5"], baseURL: URLS.app });
  if (session) {
    await context.addCookies(
      session.pairs.map((p) => ({ ...p, url: URLS.app, httpOnly: true, sameSite: "Lax" as const })),
    );
    // A returning shopper's browser sends the time-zone cookie its sign-in page set (as in lighthouse.ts);
    // the context's Chromium runs in this process's zone.
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    await context.addCookies([
      { name: "tz", value: encodeURIComponent(zone), url: URLS.app, sameSite: "Lax" },
    ]);
  }
  context.setDefaultTimeout(30_000);
  return context;
}
