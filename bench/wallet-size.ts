// 5. Scale with wallet size: generated customers with 10, 100, 1,000 and 5,000 coupons. API latency and
// response bytes, the page's DOM element count, the time to a visible first coupon card and what the app
// read from Capillary before the page was sent, each as a ratio to the 10-coupon wallet. Sizes take turns
// within each round, so every ratio is of two loads made side by side; each ratio's spread over the
// rounds is kept.
import { gzipSync } from "node:zlib";
import type { Browser, BrowserContext } from "@playwright/test";
import { bulkCustomer } from "../test/support/demo";
import type { ShopperSession } from "../test/support/sign-in";
import { SETTINGS, URLS, WALLET_API_PATH } from "./config";
import { capillaryToken } from "./proxy-cost";
import { phoneContext } from "./browser";
import { checkBudget } from "./budget";
import { emulator } from "./servers";
import { median, pairedRatios, ratio, sleep, spread, timed, type Spread } from "./stats";

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
  /** Bytes the app read from Capillary while making the page (before it was sent), and in how many calls. */
  firstPaintUpstream: { bytes: number; calls: number } | null;
  /** Each round's figure (rounds line up across sizes). */
  apiRuns: number[];
  firstCouponRuns: number[];
  /**
   * Per page load: the calls of the whole wallet's read-ahead (list pages without a status filter) that
   * Capillary received between the navigation and the first coupon's paint. The app and the emulator run
   * on the browser's cores here, so this is work the first paint shared the machine with.
   */
  readAheadBeforeFirstCoupon?: { calls: number; bytes: number }[];
}

export interface SizeRow extends SizeFigures {
  ratios: {
    apiMs: number | null;
    bytes: number | null;
    domElements: number | null;
    firstCouponMs: number | null;
  };
  /** Ratios to the 10-coupon wallet round by round, and API latency to the next smaller size's. */
  spreads?: { firstCouponMs: Spread | null; apiMs: Spread | null; apiStep: Spread | null };
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

async function getWallet(session: ShopperSession): Promise<Buffer> {
  const response = await fetch(`${URLS.app}${WALLET_API_PATH}`, {
    headers: { Cookie: session.cookie, "Accept-Encoding": "identity" },
    signal: AbortSignal.timeout(60_000),
  });
  if (!response.ok) {
    const text = await response.text();
    const code = /"code":"([^"]+)"/.exec(text)?.[1] ?? text.slice(0, 60);
    throw new Error(`GET /api/wallet answered ${response.status} ${code}`);
  }
  return Buffer.from(await response.arrayBuffer());
}

/** When the first coupon card of a streamed page arrived (or the whole page, when it has none). */
async function cardsArrivedAt(response: Response): Promise<number> {
  const decoder = new TextDecoder();
  let seen = "";
  let at: number | null = null;
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    if (at !== null) continue;
    seen = (seen + decoder.decode(chunk, { stream: true })).slice(-65_536);
    if (seen.includes("<article")) at = Date.now();
  }
  return at ?? Date.now();
}

/**
 * What the app read from Capillary to make the page: the emulator's log of calls received between the
 * request for /wallet and the arrival of its first coupon card. A big wallet's read-ahead starts once the
 * page has been sent, and its first call could otherwise land before this process has read the last byte.
 */
async function firstPaintUpstream(session: ShopperSession): Promise<{ bytes: number; calls: number }> {
  const from = Date.now();
  const response = await fetch(`${URLS.app}/wallet`, {
    headers: { Cookie: session.cookie },
    signal: AbortSignal.timeout(60_000),
  });
  const to = await cardsArrivedAt(response);
  await sleep(300);
  const calls = (await emulator.requests()).filter((r) => {
    const at = Date.parse(r.at);
    return at >= from && at <= to && !r.path.startsWith("/__emulator") && !r.path.includes("oauth");
  });
  // Let the read-ahead finish before anything else is measured.
  await getWallet(session);
  return { bytes: calls.reduce((sum, r) => sum + (r.bytes ?? 0), 0), calls: calls.length };
}

interface PageLoad {
  html: number;
  firstCouponMs: number;
  elements: number;
  cards: number;
  readAhead: { calls: number; bytes: number };
}

/** The read-ahead's list calls (no status filter: the first paint's own call asks for usable coupons). */
async function readAheadCalls(from: number, to: number): Promise<{ calls: number; bytes: number }> {
  const calls = (await emulator.requests()).filter((r) => {
    const at = Date.parse(r.at);
    return r.path === "/v2/customers/coupons" && r.query.status === undefined && at >= from && at <= to;
  });
  return { calls: calls.length, bytes: calls.reduce((sum, r) => sum + (r.bytes ?? 0), 0) };
}

async function loadPage(context: BrowserContext): Promise<PageLoad> {
  const tab = await context.newPage();
  try {
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
    const { firstCouponMs, timeOrigin } = await tab.evaluate(() => ({
      firstCouponMs: Math.max(
        window.__couponVisibleInDomAt ?? NaN,
        performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? NaN,
      ),
      timeOrigin: performance.timeOrigin,
    }));
    // The rest of a big wallet has arrived (its tabs show counts) before the next load starts.
    await tab.waitForLoadState("networkidle", { timeout: 60_000 });
    const dom = await tab.evaluate(() => ({
      elements: document.querySelectorAll("*").length,
      cards: document.querySelectorAll("article").length,
    }));
    const readAhead = await readAheadCalls(timeOrigin, timeOrigin + firstCouponMs);
    return { html, firstCouponMs, ...dom, readAhead };
  } finally {
    await tab.close();
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
  firstPaintUpstream: null,
  apiRuns: [],
  firstCouponRuns: [],
  readAheadBeforeFirstCoupon: [],
};

interface SizeState {
  coupons: number;
  session: ShopperSession;
  context?: BrowserContext;
  error?: string;
  upstream: { bytes: number; ms: number };
  body?: Buffer;
  apiRuns: number[];
  loads: PageLoad[];
  firstPaint: { bytes: number; calls: number } | null;
}

const messageOf = (error: unknown) =>
  error instanceof Error ? error.message.split("\n")[0]! : String(error);

export async function walletSize(
  browser: Browser,
  sessions: Map<number, ShopperSession>,
): Promise<SizeRow[]> {
  const token = await capillaryToken();
  const states: SizeState[] = [];
  try {
    // Per size: Capillary's whole answer for scale, a warm-up (the app learns the wallet's size, static
    // chunks are cached as for a returning shopper) and what the page read from Capillary.
    for (const coupons of SETTINGS.walletSizes) {
      const session = sessions.get(coupons);
      if (!session) throw new Error(`no session for the ${coupons}-coupon customer`);
      const state: SizeState = {
        coupons,
        session,
        upstream: await upstreamRead(token, coupons),
        apiRuns: [],
        loads: [],
        firstPaint: null,
      };
      states.push(state);
      try {
        state.body = await getWallet(session);
        state.context = await phoneContext(browser, session);
        await state.context.addInitScript(watchFirstCoupon);
        await loadPage(state.context);
        state.firstPaint = await firstPaintUpstream(session);
      } catch (error) {
        state.error = messageOf(error);
      }
    }
    // Rounds: every size in turn, so each ratio compares loads made side by side.
    const live = () => states.filter((s) => !s.error);
    for (let round = 0; round < SETTINGS.apiRuns; round++) {
      checkBudget();
      for (const state of live()) {
        try {
          state.apiRuns.push((await timed(() => getWallet(state.session))).ms);
        } catch (error) {
          state.error = messageOf(error);
        }
      }
    }
    for (let round = 0; round < SETTINGS.pageRuns; round++) {
      checkBudget();
      for (const state of live()) {
        try {
          state.loads.push(await loadPage(state.context!));
        } catch (error) {
          state.error = messageOf(error);
        }
      }
    }
  } finally {
    await Promise.all(states.map((s) => s.context?.close()));
  }

  const figures: SizeFigures[] = states.map((s) => {
    const base = { coupons: s.coupons, upstreamBytes: s.upstream.bytes, upstreamReadMs: s.upstream.ms };
    if (s.error || !s.body) return { ...base, ...NONE, error: s.error ?? "no answer" };
    const body = JSON.parse(s.body.toString("utf8")) as { coupons: unknown[] };
    return {
      ...base,
      returned: body.coupons.length,
      apiMs: median(s.apiRuns),
      bytes: s.body.length,
      gzipBytes: gzipSync(s.body, { level: 6 }).length,
      htmlBytes: median(s.loads.map((l) => l.html)),
      domElements: median(s.loads.map((l) => l.elements)),
      cardsInDom: median(s.loads.map((l) => l.cards)),
      firstCouponMs: median(s.loads.map((l) => l.firstCouponMs)),
      firstPaintUpstream: s.firstPaint,
      apiRuns: s.apiRuns,
      firstCouponRuns: s.loads.map((l) => l.firstCouponMs),
      readAheadBeforeFirstCoupon: s.loads.map((l) => l.readAhead),
    };
  });
  const base = figures[0]!;
  return figures.map((f, i) => ({
    ...f,
    ratios: {
      apiMs: ratio(f.apiMs, base.apiMs),
      bytes: ratio(f.bytes, base.bytes),
      domElements: ratio(f.domElements, base.domElements),
      firstCouponMs: ratio(f.firstCouponMs, base.firstCouponMs),
    },
    spreads: {
      firstCouponMs: pairedRatios(f.firstCouponRuns, base.firstCouponRuns),
      apiMs: pairedRatios(f.apiRuns, base.apiRuns),
      apiStep: i === 0 ? spread([1]) : pairedRatios(f.apiRuns, figures[i - 1]!.apiRuns),
    },
  }));
}
