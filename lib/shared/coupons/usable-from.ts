// From when Capillary will redeem a coupon: its own start, and the series' redemption start, whichever is
// later. A coupon whose series says "redeemable 3 days after issue" is not usable the day it arrives,
// and a wallet that shows it as usable sends the shopper to a till that refuses it.

import type { Coupon, RedemptionConditions } from "@/lib/capillary";
import { parseInstant } from "./instant";

const DAY_MS = 24 * 60 * 60 * 1000;

export type UsableFromInput = Pick<Coupon, "activeFrom" | "issuedOn"> & {
  series: { conditions: Pick<RedemptionConditions, "redeemableFrom" | "redeemableAfterDays"> };
};

/**
 * Epoch ms from which the coupon can be redeemed, or null when nothing holds it back: the latest of the
 * coupon's `activeFrom`, the series' `redemptionValidFrom` and issue + `redemptionValidAfterDays` days
 * (counted in whole days from the issue instant: the docs say "number of days", not calendar days).
 */
export function usableFrom(coupon: UsableFromInput): number | null {
  const { redeemableFrom, redeemableAfterDays } = coupon.series.conditions;
  const issued = parseInstant(coupon.issuedOn);
  const candidates = [
    parseInstant(coupon.activeFrom),
    parseInstant(redeemableFrom),
    issued !== null && redeemableAfterDays !== null ? issued + redeemableAfterDays * DAY_MS : null,
  ].filter((ms): ms is number => ms !== null);
  return candidates.length === 0 ? null : Math.max(...candidates);
}
