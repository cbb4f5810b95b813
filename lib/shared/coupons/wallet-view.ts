// The wallet's three tabs and its search box.
//
// Works on plain arrays of thousands of coupons: each coupon's status and sort keys are computed once (not
// inside the comparator), then sorted; the input array is never mutated.

import type { Coupon } from "@/lib/capillary";
import { getCouponStatus } from "./coupon-status";
import { parseInstant } from "./instant";
import { usableFrom } from "./usable-from";

export interface WalletCounts {
  /** Coupons in the Active tab (usable now, expiring soon, or starting later). */
  active: number;
  used: number;
  expired: number;
  /** Of the Active tab: expiring within 48 hours. */
  expiring: number;
  /** Of the Active tab: not usable yet. */
  notYetActive: number;
  total: number;
}

export interface WalletView {
  active: Coupon[];
  used: Coupon[];
  expired: Coupon[];
  counts: WalletCounts;
}

/** A coupon with its sort keys, compared in order, smaller first. */
interface Keyed {
  coupon: Coupon;
  keys: [number, number, number];
}

const LAST = Number.POSITIVE_INFINITY;

/** Latest redemption instant, or null when Capillary sent no dated redemption. */
function lastRedeemedAt(coupon: Coupon): number | null {
  let latest: number | null = null;
  for (const r of coupon.redemptions) {
    const at = parseInstant(r.redeemedAt);
    if (at !== null && (latest === null || at > latest)) latest = at;
  }
  return latest;
}

function byKeys(x: Keyed, y: Keyed): number {
  for (let i = 0; i < 3; i++) {
    const a = x.keys[i]!;
    const b = y.keys[i]!;
    // Compare rather than subtract: Infinity - Infinity is NaN.
    if (a !== b) return a < b ? -1 : 1;
  }
  // Deterministic last resort so equal coupons do not swap places between renders.
  return x.coupon.code < y.coupon.code ? -1 : x.coupon.code > y.coupon.code ? 1 : 0;
}

/**
 * Splits coupons into the wallet's tabs at `now`:
 * - Active: `active`, `expiring` and `not_yet_active`. Usable-now coupons come first, soonest expiry first
 *   (no expiry last), because shoppers open the wallet at the till; coupons not usable yet follow them
 *   (still the shopper's to plan with, so not hidden in another tab), soonest start first, then expiry.
 * - Used: most recent redemption first. Coupons without a dated redemption follow, latest `validTill`
 *   first, then those with neither.
 * - Expired: most recently expired first (kept findable but out of the way).
 */
export function groupWallet(coupons: readonly Coupon[], now: Date | number): WalletView {
  const active: Keyed[] = [];
  const used: Keyed[] = [];
  const expired: Keyed[] = [];
  let expiring = 0;
  let notYetActive = 0;

  for (const coupon of coupons) {
    const status = getCouponStatus(coupon, now);
    const till = parseInstant(coupon.validTill);
    if (status === "used") {
      const redeemedAt = lastRedeemedAt(coupon);
      if (redeemedAt !== null) used.push({ coupon, keys: [0, -redeemedAt, 0] });
      else if (till !== null) used.push({ coupon, keys: [1, -till, 0] });
      else used.push({ coupon, keys: [2, 0, 0] });
    } else if (status === "expired") {
      // Expired implies a validTill; the fallback only keeps the types honest.
      expired.push({ coupon, keys: [-(till ?? 0), 0, 0] });
    } else if (status === "not_yet_active") {
      notYetActive += 1;
      active.push({ coupon, keys: [1, usableFrom(coupon) ?? 0, till ?? LAST] });
    } else {
      if (status === "expiring") expiring += 1;
      active.push({ coupon, keys: [0, till ?? LAST, 0] });
    }
  }

  active.sort(byKeys);
  used.sort(byKeys);
  expired.sort(byKeys);

  return {
    active: active.map((k) => k.coupon),
    used: used.map((k) => k.coupon),
    expired: expired.map((k) => k.coupon),
    counts: {
      active: active.length,
      used: used.length,
      expired: expired.length,
      expiring,
      notYetActive,
      total: coupons.length,
    },
  };
}

/** Lower-case, compatibility-decomposed, combining marks removed: "Café" and "CAFE" both become "cafe". */
export function foldForSearch(text: string): string {
  return text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
}

/**
 * Coupons whose code, title or description match `query`, in their original order. Matching ignores case
 * and diacritics (NFKD). Each whitespace-separated word of the query must appear somewhere ("push offer"
 * and "offer push" both find "Mobile Push offer 1"). A code also matches with spaces and hyphens removed
 * from the query, so a code typed as printed for reading ("QZX3 0JQL IC") finds "QZX30JQLIC".
 * A blank query returns every coupon (a new array).
 */
export function searchCoupons(coupons: readonly Coupon[], query: string): Coupon[] {
  const folded = foldForSearch(query).trim();
  if (folded === "") return [...coupons];
  const words = folded.split(/\s+/);
  const compact = folded.replace(/[\s-]+/g, "");
  return coupons.filter((coupon) => {
    const code = foldForSearch(coupon.code);
    if (code.replace(/[\s-]+/g, "").includes(compact)) return true;
    const haystack = `${code}\n${foldForSearch(coupon.title)}\n${foldForSearch(coupon.description)}`;
    return words.every((word) => haystack.includes(word));
  });
}
