// 4. Upstream economy: Capillary calls per wallet view (emulator counter deltas, never a reset: a reset
// would also revoke the app's OAuth token). Run first on a freshly started app, so "cold" is cold.
import type { Browser } from "@playwright/test";
import { URLS, WALLET_API_PATH } from "./config";
import { phoneContext } from "./browser";
import { COUPON_LIST_ROUTE, COUPONS_ROUTE, SERIES_ROUTE, delta, emulator, type Counters } from "./servers";
import type { ShopperSession } from "../test/support/sign-in";
import { sleep } from "./stats";

export interface ViewCost {
  total: number;
  coupons: number;
  series: number;
  byRoute: Record<string, number>;
}

export interface UpstreamResult {
  /** A browser view of /wallet: the server render plus whatever the page fetches after hydrating. */
  pageCold: ViewCost;
  pageWarm: ViewCost;
  /** GET /api/wallet alone, warm. */
  apiWarm: ViewCost;
  crowd: { shoppers: number; ok: number; distinctSeries: number; cost: ViewCost };
}

function cost(d: Counters): ViewCost {
  return {
    total: d.total,
    // The whole-wallet call and the paginated list's pages alike.
    coupons: (d.byRoute[COUPONS_ROUTE] ?? 0) + (d.byRoute[COUPON_LIST_ROUTE] ?? 0),
    series: d.byRoute[SERIES_ROUTE] ?? 0,
    byRoute: d.byRoute,
  };
}

async function measured(fn: () => Promise<void>): Promise<ViewCost> {
  const before = await emulator.counters();
  await fn();
  await sleep(300); // let any trailing request land before reading
  return cost(delta(before, await emulator.counters()));
}

export async function upstream(
  browser: Browser,
  asha: ShopperSession,
  crowd: ShopperSession[],
): Promise<UpstreamResult> {
  const context = await phoneContext(browser, asha);
  const view = async () => {
    const page = await context.newPage();
    await page.goto(`${URLS.app}/wallet`, { waitUntil: "networkidle" });
    await page.getByRole("article").first().waitFor({ state: "visible" });
    await page.close();
  };
  const pageCold = await measured(view);
  const pageWarm = await measured(view);
  await context.close();

  const apiWarm = await measured(async () => {
    const response = await fetch(`${URLS.app}${WALLET_API_PATH}`, { headers: { Cookie: asha.cookie } });
    await response.arrayBuffer();
  });

  const series = new Set<string>();
  let ok = 0;
  const crowdCost = await measured(async () => {
    await Promise.all(
      crowd.map(async (shopper) => {
        const response = await fetch(`${URLS.app}${WALLET_API_PATH}`, {
          headers: { Cookie: shopper.cookie },
          signal: AbortSignal.timeout(60_000),
        });
        if (!response.ok) return void (await response.arrayBuffer());
        ok += 1;
        const body = (await response.json()) as { coupons: { seriesId: string }[] };
        for (const coupon of body.coupons) series.add(coupon.seriesId);
      }),
    );
  });
  return {
    pageCold,
    pageWarm,
    apiWarm,
    crowd: { shoppers: crowd.length, ok, distinctSeries: series.size, cost: crowdCost },
  };
}
