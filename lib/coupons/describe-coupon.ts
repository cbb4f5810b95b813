// Everything a coupon card says, at one moment in one shopper's zone: one call for the card, and the
// server's way to format the first paint's texts ahead of the browser (see recordFormatting).

import type { Coupon } from "@/lib/capillary/types";
import { getCouponStatus, type CouponStatus } from "./coupon-status";
import { describeConditions } from "./describe-conditions";
import { formatActiveFrom, formatExpiry, formatZoned, type ExpiryText } from "./format-expiry";
import { formatUsesLeft } from "./format-uses";
import { formatCouponValue } from "./format-value";

export interface CouponTexts {
  status: CouponStatus;
  /** "₹100 off", "15% off, up to ₹500". */
  value: string;
  expiry: ExpiryText;
  /** "Starts 26 May 2025, ..." for a coupon not usable yet, otherwise null. */
  startsAt: string | null;
  conditions: string[];
  uses: string;
  /** When each of `coupon.redemptions` happened, in the same order. */
  redeemedAt: string[];
}

export function describeCoupon(
  coupon: Coupon,
  display: { locale: string; currency: string; timeZone: string },
  now: number,
): CouponTexts {
  return {
    status: getCouponStatus(coupon, now),
    value: formatCouponValue(coupon.discount, display),
    expiry: formatExpiry(coupon.validTill, now, display),
    startsAt: formatActiveFrom(coupon.activeFrom, now, display),
    conditions: describeConditions(coupon.series.conditions, now, display),
    uses: formatUsesLeft(coupon.usesLeft),
    redeemedAt: coupon.redemptions.map((r) =>
      r.redeemedAt
        ? formatZoned(r.redeemedAt, { dateStyle: "medium", timeStyle: "short" }, display)
        : "Date not recorded",
    ),
  };
}
