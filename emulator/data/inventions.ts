// Everything the emulator says that Capillary's documentation does not show, in one place. The app must not
// depend on any of it: its tests read these answers in other shapes too (lib/capillary's conformance and
// error-body tests), so an assumption shared by the app and this file proves nothing.
//
// 1. Numeric codes for errors the docs name only by symbol (the coupons endpoint's error table gives
//    INVALID_CUSTOMER_ID, NO_COUPONS_FOUND and CUSTOMER_NOT_FOUND with an HTTP status, no number). 8015 is
//    documented for "no customer with the identifier" and 4000 for access denied; the others are ours.
// 2. How those symbols are worded: the symbol first, then a sentence ("NO_COUPONS_FOUND: …").
// 3. The layout of one v2 `redemptionInfo` entry: every example sends `[]`.
// 4. The layout of one `validRedemptionOrgEntityDetails.stores` entry: every example sends `[]`.
// 5. A v1.1 `pincode` other than "NULL" (the docs show only "NULL").
// 6. What the paginated list's `status` filters mean (the docs list the names only).
// 7. How a refused redemption is answered (routes/redemption.ts): HTTP 200 with the 7xx code in the item's
//    `redemptionStatus`; and the order in which the refusal rules are checked (redemption-rules.ts).
import type { V2Coupon, V2Redemption } from "./types";
import { STORE_LIST, type DemoStore } from "./stores";

export const INVENTED_ERROR_CODES = {
  INVALID_CUSTOMER_ID: 8003,
  INVALID_COUPON_CODE_CASE: 8004,
  INVALID_SERIES_ID: 8005,
  INVALID_IDENTIFIER: 8006,
  NO_COUPONS_FOUND: 8016,
  /** A warning, not an error: an unknown id in `/v2/coupon/series?ids=`. */
  SERIES_NOT_FOUND: 8017,
} as const;

/** Documented codes, kept beside the invented ones so a route never has to wonder which is which. */
export const DOCUMENTED_ERROR_CODES = { CUSTOMER_NOT_FOUND: 8015, FORBIDDEN: 4000 } as const;

export type ErrorName = keyof typeof INVENTED_ERROR_CODES | keyof typeof DOCUMENTED_ERROR_CODES;

export function errorCodeFor(name: ErrorName): number {
  return name in DOCUMENTED_ERROR_CODES
    ? DOCUMENTED_ERROR_CODES[name as keyof typeof DOCUMENTED_ERROR_CODES]
    : INVENTED_ERROR_CODES[name as keyof typeof INVENTED_ERROR_CODES];
}

/** Invention 2: "NO_COUPONS_FOUND: No coupons found for customer 500000002". */
export function namedErrorMessage(name: ErrorName, sentence: string): string {
  return `${name}: ${sentence}`;
}

/** Invention 3: one redemption of a coupon, as `redemptionInfo[]` carries it here. */
export function redemptionInfoEntry(r: {
  id: number;
  at: string;
  bill: string;
  amount: number;
  store: DemoStore;
}): V2Redemption {
  return {
    redemptionId: r.id,
    redemptionDate: r.at,
    transactionNumber: r.bill,
    billAmount: r.amount,
    redeemedAtStore: { id: r.store.id, code: r.store.code, name: r.store.name },
    redeemedAtTill: { ...r.store.till },
  };
}

/** Invention 4: the stores a series names, as `{id, code, name}` objects. */
export function storePlaces(
  storeIds: readonly number[] | undefined,
): Array<{ id: number; code: string; name: string }> {
  return (storeIds ?? [])
    .map((id) => STORE_LIST.find((s) => s.id === id))
    .filter((s): s is DemoStore => s !== undefined)
    .map((s) => ({ id: s.id, code: s.code, name: s.name }));
}

/** Invention 6: the list's status filters, read as their names suggest. */
export const LIST_STATUSES: ReadonlySet<string> = new Set([
  "ACTIVE",
  "REDEEMED",
  "UNREDEEMED",
  "EXPIRED",
  "ACTIVE_REDEEMED",
  "ACTIVE_UNREDEEMED",
  "EXPIRED_REDEEMED",
  "EXPIRED_UNREDEEMED",
  "REDEEMABLE",
]);

export function statusMatches(status: string, coupon: V2Coupon, now: Date): boolean {
  const expired = Date.parse(coupon.validTill) <= now.getTime();
  const redeemed = coupon.redemptionInfo.length > 0;
  const left = Number(coupon.redemptionsLeft);
  const single = (coupon.series as { isMultipleUseAllowed?: boolean }).isMultipleUseAllowed === false;
  const usedUp = left === 0 || (single && redeemed);
  switch (status) {
    case "ACTIVE":
      return !expired;
    case "EXPIRED":
      return expired;
    case "REDEEMED":
      return redeemed;
    case "UNREDEEMED":
      return !redeemed;
    case "ACTIVE_REDEEMED":
      return !expired && redeemed;
    case "ACTIVE_UNREDEEMED":
      return !expired && !redeemed;
    case "EXPIRED_REDEEMED":
      return expired && redeemed;
    case "EXPIRED_UNREDEEMED":
      return expired && !redeemed;
    default: // REDEEMABLE
      return !expired && !usedUp && Date.parse(coupon.activeFrom) <= now.getTime();
  }
}
