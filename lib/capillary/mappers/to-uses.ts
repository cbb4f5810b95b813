import "server-only";

import type { UseLimit } from "../types";

export interface UseFacts {
  /** `redemptionsLeft` as sent; -1 is Capillary's "not limited by this count", not "unlimited" on its own. */
  redemptionsLeft: number | undefined;
  /** The series' `isMultipleUseAllowed`; undefined when the series is missing or does not say. */
  multipleUse: boolean | undefined;
  /** The series' `redemptionPerCouponMaxLimit` when positive. */
  perCouponLimit: number | null;
  /** Redemptions Capillary lists for the coupon. */
  redemptionCount: number;
  /** `redeemed` / `isRedeemed`. */
  redeemedFlag: boolean;
}

/**
 * How many uses a coupon has left (README quirk: "`redemptionsLeft: -1` alone does not mean unlimited").
 *
 * - Single use (`isMultipleUseAllowed: false`): 1 of 1 until redeemed, then 0, whether Capillary sends 1
 *   (customer 345635529) or -1 (customer 343040815) for the count.
 * - Multi-use: a count of 0 or more is taken as sent ("4 uses left", out of the per-coupon limit when the
 *   series sets one); -1 with a per-coupon limit is the limit less the redemptions listed; -1 with no
 *   limit is unlimited.
 * - The series does not say: a count of 0 or more is taken as sent, -1 says nothing we can state.
 */
export function toUseLimit(facts: UseFacts): UseLimit {
  const { redemptionsLeft: left, multipleUse, perCouponLimit, redemptionCount } = facts;
  const usedBefore = facts.redeemedFlag || redemptionCount > 0;
  const counted = (remaining: number, of: number | null): UseLimit => ({
    kind: "counted",
    left: Math.max(0, Math.floor(remaining)),
    of,
  });
  if (multipleUse === false) {
    if (left !== undefined && left >= 0) return counted(Math.min(left, 1), 1);
    return counted(usedBefore ? 0 : 1, 1);
  }
  if (left !== undefined && left >= 0) {
    const of = perCouponLimit !== null && perCouponLimit >= left ? perCouponLimit : null;
    return counted(left, multipleUse === true ? of : null);
  }
  if (multipleUse === true) {
    return perCouponLimit === null
      ? { kind: "unlimited" }
      : counted(perCouponLimit - redemptionCount, perCouponLimit);
  }
  return { kind: "unknown" };
}
