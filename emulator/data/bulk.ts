// Synthetic customers for load tests and benchmarks: customer 900000000+N (1 <= N <= 20000) has exactly N
// coupons. Everything derives from (N, coupon index, clock), so the same input always yields the same
// output, and a code can be decoded back to its owner without building the whole list.
import { floorToMinute } from "../time";
import { buildCoupon, type CouponDef } from "./coupon-builder";
import { buildSeries, type SeriesDef } from "./series-builder";
import { STORE_LIST, type DemoStore } from "./stores";
import { BULK_BASE_ID, BULK_MAX, bulkCode, bulkProfile } from "./bulk-identity";
import { BULK_SERIES } from "./bulk-series";
import type { CustomerRecord, V2Coupon } from "./types";

export {
  BULK_BASE_ID,
  BULK_MAX,
  bulkCode,
  bulkN,
  bulkNFromIdentifier,
  decodeBulkCode,
} from "./bulk-identity";
export { BULK_SERIES } from "./bulk-series";

// Weighted towards usable coupons, as a real wallet is; "partial" needs a multi-use series (see below).
const KINDS = [
  "active",
  "active",
  "active",
  "active",
  "expiring",
  "expired",
  "redeemed",
  "partial",
  "future",
] as const;

/** A 32-bit integer hash: cheap, deterministic, well spread. */
function mix(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(b + 0x632be5ab, 0xc2b2ae35);
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  h ^= h >>> 15;
  h = Math.imul(h, 0x846ca68b);
  h ^= h >>> 16;
  return h >>> 0;
}

function couponDef(n: number, index: number): CouponDef {
  const h = mix(n, index);
  const series = BULK_SERIES[h % BULK_SERIES.length] as SeriesDef;
  const store = STORE_LIST[(h >>> 8) % STORE_LIST.length] as DemoStore;
  const limit = series.perCouponLimit ?? 1;
  let kind: (typeof KINDS)[number] = KINDS[(h >>> 12) % KINDS.length] ?? "active";
  if (kind === "partial" && limit === 1) kind = "redeemed";
  const r = (h >>> 16) % 40;
  const id = 1_000_000_000 + n * BULK_MAX + index;
  const redemption = (k: number, daysAgo: number) => ({
    id: id * 4 + k,
    daysAgo,
    store,
    bill: `BK${n}-${index}-${k + 1}`,
    amount: 500 + ((h >>> k) % 4000),
  });
  const def: CouponDef = {
    id,
    code: bulkCode(n, index),
    series,
    store,
    issuedDaysAgo: 20 + r,
    validTill: { days: 5 + r * 3 },
    redemptionsLeft: limit,
  };
  if (kind === "expiring") def.validTill = { days: r % 2 };
  if (kind === "expired") def.validTill = { days: -1 - r };
  if (kind === "future") def.activeInDays = 1 + (r % 10);
  if ((kind === "redeemed" || kind === "partial") && limit === -1) {
    def.redemptions = [redemption(0, 1 + (r % 15))];
  } else if (kind === "redeemed") {
    def.redemptionsLeft = 0;
    def.redeemed = true;
    def.redemptions = Array.from({ length: limit }, (_, k) => redemption(k, 1 + k + (r % 15)));
  } else if (kind === "partial") {
    def.redemptionsLeft = limit - 1;
    def.redemptions = [redemption(0, 1 + (r % 15))];
  }
  return def;
}

/** Builds the coupons of bulk customer N; recent answers are kept because benchmarks repeat them. */
const cache = new Map<string, V2Coupon[]>();
const CACHE_SIZE = 2;

export function bulkCoupons(n: number, now: Date, indexes?: number[]): V2Coupon[] {
  const key = `${n}@${floorToMinute(now).getTime()}`;
  const cached = indexes ? undefined : cache.get(key);
  if (cached) return cached;
  const customerId = BULK_BASE_ID + n;
  const series = BULK_SERIES.map((s) => buildSeries(s, now));
  const build = (i: number) => {
    const def = couponDef(n, i);
    return buildCoupon(def, customerId, now, series[BULK_SERIES.indexOf(def.series)]);
  };
  if (indexes) return indexes.map(build);
  const list = Array.from({ length: n }, (_, i) => build(i));
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  cache.set(key, list);
  return list;
}

export function bulkCustomer(n: number): CustomerRecord {
  return { profile: bulkProfile(n), coupons: (now) => bulkCoupons(n, now) };
}
