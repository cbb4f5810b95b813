// 5. Scale with wallet size: generated customers with 10, 100, 1,000 and 5,000 coupons. API latency and
// response bytes, the page's DOM element count and the time to a visible first coupon card, each as a
// ratio to the 10-coupon wallet.
import { gzipSync } from "node:zlib";
import type { Browser } from "@playwright/test";
import { bulkCustomer } from "../test/support/demo";
import type { ShopperSession } from "../test/support/sign-in";
import { SETTINGS, URLS } from "./config";
import { capillaryToken } from "./proxy-cost";
import { phoneContext } from "./browser";
import { median, ratio, timed } from "./stats";

export interface SizeFigures {
  coupons: number;
  /** Why this size has no figures (e.g. the app refused the wallet). */
  error?: string;
  /** The Capillary (emulator) coupons response for this customer, for scale. */
  upstreamBytes: number;
  /**
   * Receiving that response straight from the emulator and JSON.parse alone (median): the least any server
   * must spend before it knows which coupon comes first, as the endpoint is not paginated.
   */
  upstreamReadMs: number;
  /** Coupons the API returned (a check that the customer is the one meant). */
  returned: number;
  apiMs: number;
  bytes: number;
  gzipBytes: number;
  htmlBytes: number;
  domElements: number;
  cardsInDom: number;
  firstCouponMs: number;
}

export interface SizeRow extends SizeFigures {
  ratios: {
    apiMs: number | null;
    bytes: number | null;
    domElements: number | null;
    firstCouponMs: number | null;
  };
}

declare global {
  interface Window {
    __couponVisibleInDomAt?: number;
  }
}

// Runs before any of the page's own scripts: notes when the first coupon card is in the DOM and visible
// (ms since navigation start). It is painted at the first paint after that, so the time to a visible
// first coupon is max(that, first contentful paint). (Animation frames are not used: Chromium runs none
// of those requested before the document first renders.)
function watchFirstCoupon() {
  const observer = new MutationObserver(() => {
    const card = document.querySelector("article");
    if (card && card.checkVisibility() && card.getBoundingClientRect().height > 0) {
      window.__couponVisibleInDomAt = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true });
}

async function api(session: ShopperSession) {
  const get = async () => {
    const response = await fetch(`${URLS.app}/api/wallet`, {
      headers: { Cookie: session.cookie, "Accept-Encoding": "identity" },
      signal: AbortSignal.timeout(60_000),
    });
    if (!response.ok) {
      const text = await response.text();
      const code = /"code":"([^"]+)"/.exec(text)?.[1] ?? text.slice(0, 60);
      throw new Error(`GET /api/wallet answered ${response.status} ${code}`);
    }
    return Buffer.from(await response.arrayBuffer());
  };
  const first = await get(); // warm-up (series cache, JIT)
  const times: number[] = [];
  for (let i = 0; i < SETTINGS.apiRuns; i++) times.push((await timed(get)).ms);
  const body = JSON.parse(first.toString("utf8")) as { coupons: unknown[] };
  return {
    apiMs: median(times),
    bytes: first.length,
    gzipBytes: gzipSync(first, { level: 6 }).length,
    returned: body.coupons.length,
  };
}

async function page(browser: Browser, session: ShopperSession) {
  const context = await phoneContext(browser, session);
  await context.addInitScript(watchFirstCoupon);
  try {
    const load = async () => {
      const tab = await context.newPage();
      const response = await tab.goto(`${URLS.app}/wallet`, { waitUntil: "commit", timeout: 60_000 });
      const html = response ? (await response.body().catch(() => Buffer.alloc(0))).length : 0;
      await tab.getByRole("article").first().waitFor({ state: "visible", timeout: 60_000 });
      await tab.waitForFunction(
        () =>
          window.__couponVisibleInDomAt !== undefined &&
          performance.getEntriesByName("first-contentful-paint").length > 0,
        undefined,
        { timeout: 30_000 },
      );
      const firstCouponMs = await tab.evaluate(() =>
        Math.max(
          window.__couponVisibleInDomAt ?? NaN,
          performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? NaN,
        ),
      );
      await tab.waitForLoadState("networkidle", { timeout: 60_000 });
      const dom = await tab.evaluate(() => ({
        elements: document.querySelectorAll("*").length,
        cards: document.querySelectorAll("article").length,
      }));
      await tab.close();
      return { html, firstCouponMs, ...dom };
    };
    await load(); // warm-up: static chunks into the cache, as for a returning shopper
    const runs = [];
    for (let i = 0; i < SETTINGS.pageRuns; i++) runs.push(await load());
    return {
      htmlBytes: median(runs.map((r) => r.html)),
      firstCouponMs: median(runs.map((r) => r.firstCouponMs)),
      domElements: median(runs.map((r) => r.elements)),
      cardsInDom: median(runs.map((r) => r.cards)),
    };
  } finally {
    await context.close();
  }
}

async function upstreamRead(token: string, coupons: number): Promise<{ bytes: number; ms: number }> {
  const read = async () => {
    const url = `${URLS.emulator}/v2/customers/${bulkCustomer(coupons).customerId}/coupons`;
    const response = await fetch(url, { headers: { "X-CAP-API-OAUTH-TOKEN": token } });
    const text = await response.text();
    JSON.parse(text);
    return text.length;
  };
  const bytes = await read(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < SETTINGS.apiRuns; i++) times.push((await timed(read)).ms);
  return { bytes, ms: median(times) };
}

const NONE = {
  returned: 0,
  apiMs: NaN,
  bytes: NaN,
  gzipBytes: NaN,
  htmlBytes: NaN,
  domElements: NaN,
  cardsInDom: NaN,
  firstCouponMs: NaN,
};

export async function walletSize(
  browser: Browser,
  sessions: Map<number, ShopperSession>,
): Promise<SizeRow[]> {
  const token = await capillaryToken();
  const figures: SizeFigures[] = [];
  for (const coupons of SETTINGS.walletSizes) {
    const session = sessions.get(coupons);
    if (!session) throw new Error(`no session for the ${coupons}-coupon customer`);
    const upstream = await upstreamRead(token, coupons);
    try {
      figures.push({
        coupons,
        upstreamBytes: upstream.bytes,
        upstreamReadMs: upstream.ms,
        ...(await api(session)),
        ...(await page(browser, session)),
      });
    } catch (error) {
      const message = error instanceof Error ? error.message.split("\n")[0]! : String(error);
      figures.push({
        coupons,
        upstreamBytes: upstream.bytes,
        upstreamReadMs: upstream.ms,
        ...NONE,
        error: message,
      });
    }
  }
  const base = figures[0]!;
  return figures.map((f) => ({
    ...f,
    ratios: {
      apiMs: ratio(f.apiMs, base.apiMs),
      bytes: ratio(f.bytes, base.bytes),
      domElements: ratio(f.domElements, base.domElements),
      firstCouponMs: ratio(f.firstCouponMs, base.firstCouponMs),
    },
  }));
}
