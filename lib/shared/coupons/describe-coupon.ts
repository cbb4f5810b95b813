// Everything a coupon card says, at one moment in one shopper's zone: one call for the card, and the
// server's way to format the first paint's texts ahead of the browser (see recordFormatting).

import type { Coupon } from "@/lib/capillary";
import type { Wording } from "@/lib/shared/i18n/translate";
import { getCouponStatus, type CouponStatus } from "./coupon-status";
import { describeConditions } from "./describe-conditions";
import { formatExpiry, formatUsableFrom, type ExpiryText } from "./format-expiry";
import { formatZoned } from "./format-time";
import { formatUses } from "./format-uses";
import { formatCouponValue } from "./format-value";
import { usableFrom } from "./usable-from";

export interface CouponTexts {
  status: CouponStatus;
  /** "₹100 off", "15% off, up to ₹500". */
  value: string;
  expiry: ExpiryText;
  /** "12 Dec, 12:00 am IST" for a coupon Capillary will not redeem yet, otherwise null. */
  usableFrom: string | null;
  conditions: string[];
  uses: string;
  /** "webstore1", where the coupon was issued; null when Capillary does not say. */
  issuedAt: string | null;
  /** Whether the shopper may give it to someone else; null when the series does not say. */
  transfer: string | null;
  /** When each of `coupon.redemptions` happened, in the same order. */
  redeemedAt: string[];
}

export function describeCoupon(
  coupon: Coupon,
  display: { locale: string; currency: string; timeZone: string } & Wording,
  now: number,
): CouponTexts {
  const { t } = display;
  const { transferable } = coupon.series;
  return {
    status: getCouponStatus(coupon, now),
    value: formatCouponValue(coupon.discount, display),
    expiry: formatExpiry(coupon.validTill, now, display),
    usableFrom: formatUsableFrom(usableFrom(coupon), now, display),
    conditions: describeConditions(coupon.series, display),
    uses: formatUses(coupon.uses, t),
    issuedAt: coupon.issuedAt?.name ?? coupon.issuedAt?.code ?? null,
    transfer:
      transferable === null ? null : t(transferable ? "coupon.transferable" : "coupon.notTransferable"),
    redeemedAt: coupon.redemptions.map((r) =>
      r.redeemedAt
        ? formatZoned(r.redeemedAt, { dateStyle: "medium", timeStyle: "short" }, display)
        : t("coupon.redemptionDateUnknown"),
    ),
  };
}
