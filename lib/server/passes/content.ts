import "server-only";

import type { Coupon } from "@/lib/capillary";
import { describeCoupon, getCouponStatus, parseInstant } from "@/lib/shared/coupons";
import type { DisplaySettings } from "@/lib/shared/display-types";
import type { Wording } from "@/lib/shared/i18n/translate";

/** What both wallet apps show of a coupon, worded once as the wallet words it. */
export interface PassContent {
  title: string;
  /** "₹200 off", "10% off"… */
  value: string;
  code: string;
  /** Milliseconds since the epoch; null when Capillary states no expiry. */
  activeFrom: number | null;
  validTill: number | null;
  expiryText: string;
  conditions: string[];
  /** Used or expired: Apple shows the pass as void, Google as expired or redeemed. */
  state: "usable" | "used" | "expired";
}

export function passContent(coupon: Coupon, display: DisplaySettings & Wording, now: number): PassContent {
  const texts = describeCoupon(coupon, display, now);
  const status = getCouponStatus(coupon, now);
  return {
    title: coupon.title,
    value: texts.value,
    code: coupon.code,
    activeFrom: parseInstant(coupon.activeFrom),
    validTill: parseInstant(coupon.validTill),
    expiryText: texts.expiry.absolute,
    conditions: texts.conditions,
    state: status === "used" ? "used" : status === "expired" ? "expired" : "usable",
  };
}
