import "server-only";
import pLimit from "p-limit";
import { isOutage, withSeries } from "@/lib/capillary";
import type {
  Coupon,
  CouponListStatus,
  CouponPage,
  CouponPageQuery,
  ListedCoupon,
  SeriesSummary,
} from "@/lib/capillary";
import type { KeyValueStore } from "@/lib/server/store";

/**
 * Up to this many coupons a wallet is read whole with one call to `GET /v2/customers/{id}/coupons`: the
 * only answer that carries each coupon's own start date (`activeFrom`), which the paginated list leaves
 * out. 100 is also the list's documented default page, so one list page tells a small wallet from a big one.
 */
export const SMALL_WALLET_MAX = 100;
const PAGE_SIZE = 100;
/** List pages read at once for a whole big wallet: enough to overlap round trips, few enough to be polite. */
const PAGE_CONCURRENCY = 4;
/** A wallet is never read past this many pages (20,000 coupons): a list that never ends is a bug upstream. */
const MAX_PAGES = 200;
/**
 * The coupons that can be used now, for a big wallet's first paint. The docs list the name only
 * (next-endpoints §1); whatever Capillary means by it, the app sorts every coupon into its tab itself, so
 * a filter read differently, or ignored, costs only how many usable coupons the first page holds.
 */
const USABLE_NOW: CouponListStatus = "REDEEMABLE";
/** How long a wallet's size is remembered: it picks the cheapest read for the next view. */
const SIZE_HINT_MS = 48 * 60 * 60 * 1000;
const sizeKey = (customerId: string) => `wallet-size:${customerId}`;

export interface CouponReaderDeps {
  listCustomerCoupons(customerId: string): Promise<Coupon[]>;
  listCouponPage(query: CouponPageQuery): Promise<CouponPage>;
  /** Series details by id; may throw (the coupons are then shown with what they carry). */
  seriesOf(ids: string[]): Promise<Map<string, SeriesSummary>>;
  store: KeyValueStore;
  /** Told when series details could not be had (logged by the caller). */
  onSeriesUnavailable?: (error: unknown) => void;
}

export interface CouponsRead {
  coupons: Coupon[];
  /** False when `coupons` is only the first paint's share of a big wallet. */
  complete: boolean;
  /** Coupons in the whole wallet, when known. */
  total: number | null;
}

// The coupons call embeds each coupon's series, but only /v2/coupon/series carries the series' standard
// terms (customPropertyMap) and `redemptionValidAfterDays`, so those are laid over the embedded copy.
function withSeriesDetails(coupon: Coupon, details: SeriesSummary | undefined): Coupon {
  if (!details) return coupon;
  const { series } = coupon;
  return {
    ...coupon,
    series: {
      ...series,
      termsAndConditions: details.termsAndConditions ?? series.termsAndConditions,
      standardTermsAndConditions: details.standardTermsAndConditions ?? series.standardTermsAndConditions,
      conditions: {
        ...series.conditions,
        redeemableAfterDays: details.conditions.redeemableAfterDays ?? series.conditions.redeemableAfterDays,
      },
    },
  };
}

/** Whether one list page held the whole wallet, and a small one (a list without a total: a short page). */
const isSmall = (page: CouponPage) =>
  page.total !== null
    ? page.total <= SMALL_WALLET_MAX && page.coupons.length >= page.total
    : page.coupons.length < PAGE_SIZE;

/**
 * How the wallet reads a shopper's coupons from Capillary. A small wallet (the usual one) costs one call,
 * as it always did; a big one is read by pages of the paginated list, so that its first paint needs one
 * page of usable coupons instead of the whole wallet, and the whole wallet follows by pages.
 */
export function createCouponReader(deps: CouponReaderDeps) {
  const knownSize = async (customerId: string) =>
    (await deps.store.get<{ total: number }>(sizeKey(customerId)))?.total ?? null;
  const rememberSize = (customerId: string, total: number) =>
    void deps.store.set(sizeKey(customerId), { total }, SIZE_HINT_MS);

  async function seriesFor(ids: string[]): Promise<Map<string, SeriesSummary>> {
    try {
      return await deps.seriesOf([...new Set(ids)]);
    } catch (error) {
      // Terms are a detail; the coupons themselves are still worth showing.
      deps.onSeriesUnavailable?.(error);
      return new Map();
    }
  }

  async function small(customerId: string): Promise<CouponsRead> {
    const coupons = await deps.listCustomerCoupons(customerId);
    rememberSize(customerId, coupons.length);
    const details = await seriesFor(coupons.map((c) => c.seriesId));
    return {
      coupons: coupons.map((c) => withSeriesDetails(c, details.get(c.seriesId))),
      complete: true,
      total: coupons.length,
    };
  }

  async function completed(listed: ListedCoupon[]): Promise<Coupon[]> {
    const details = await seriesFor(listed.map((c) => c.seriesId));
    return listed.map((c) => withSeries(c, details.get(c.seriesId)));
  }

  const firstPage = (customerId: string, status?: CouponListStatus) =>
    deps.listCouponPage({ customerId, limit: PAGE_SIZE, offset: 0, ...(status ? { status } : {}) });

  /**
   * Every page of the unfiltered list after `first`. Pages step by what Capillary actually sent (its
   * maximum page is undocumented); a list without a total is read until a short page. A coupon that moved
   * between pages while they were read is kept once.
   */
  async function restOfList(customerId: string, first: CouponPage): Promise<ListedCoupon[]> {
    const step = first.coupons.length;
    const pages: ListedCoupon[][] = [first.coupons];
    if (step === 0) return first.coupons;
    const read = (offset: number) => deps.listCouponPage({ customerId, limit: PAGE_SIZE, offset });
    if (first.total !== null) {
      const limit = pLimit(PAGE_CONCURRENCY);
      const offsets: number[] = [];
      for (let at = first.offset + step; at < first.total && offsets.length < MAX_PAGES; at += step)
        offsets.push(at);
      pages.push(...(await Promise.all(offsets.map((at) => limit(async () => (await read(at)).coupons)))));
    } else {
      let at = first.offset + step;
      for (let n = 1; n < MAX_PAGES; n++, at += step) {
        const page = await read(at);
        pages.push(page.coupons);
        if (page.coupons.length < step) break;
      }
    }
    const seen = new Set<string>();
    return pages.flat().filter((c) => !seen.has(c.id) && Boolean(seen.add(c.id)));
  }

  /** The whole wallet. */
  async function whole(customerId: string): Promise<CouponsRead> {
    const hint = await knownSize(customerId);
    if (hint !== null && hint <= SMALL_WALLET_MAX) return small(customerId);
    const first = await firstPage(customerId);
    if (isSmall(first)) return small(customerId);
    const listed = await restOfList(customerId, first);
    rememberSize(customerId, Math.max(first.total ?? 0, listed.length));
    return { coupons: await completed(listed), complete: true, total: listed.length };
  }

  /**
   * What the first paint needs: a small wallet whole; for a big one, the first page of the coupons that
   * can be used now (on a first ever view, the first page of the list, which also tells the wallet's size).
   */
  async function firstPaint(customerId: string): Promise<CouponsRead> {
    const hint = await knownSize(customerId);
    if (hint !== null && hint <= SMALL_WALLET_MAX) return small(customerId);
    let page: CouponPage;
    if (hint === null) {
      page = await firstPage(customerId);
      if (isSmall(page)) return small(customerId);
      if (page.total !== null) rememberSize(customerId, page.total);
    } else {
      page = await firstPage(customerId, USABLE_NOW).catch((error: unknown) => {
        // A Capillary that refuses the filter still has the list.
        if (isOutage(error)) throw error;
        return firstPage(customerId);
      });
    }
    return { coupons: await completed(page.coupons), complete: false, total: hint ?? page.total };
  }

  return { whole, firstPaint };
}

export type CouponReader = ReturnType<typeof createCouponReader>;
