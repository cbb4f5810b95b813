// Coupon Wallet's domain logic: pure functions with no I/O, safe to import from server and browser code.
// Everything takes `now` explicitly so that a render, a test and a cached wallet all agree on the moment.

export { EXPIRING_SOON_MS, getCouponStatus, isUsedUp, statusLabel } from "./coupon-status";
export type { CouponStatus, StatusInput } from "./coupon-status";
export { formatCouponValue, formatMoney } from "./format-value";
export type { MoneyOptions } from "./format-value";
export { formatAbsolute, formatExpiry, formatUsableFrom } from "./format-expiry";
export { formatAsOf, formatTimeOfDay, formatZoned } from "./format-time";
export { describeCoupon } from "./describe-coupon";
export type { CouponTexts } from "./describe-coupon";
export type { ExpiryText } from "./format-expiry";
export type { ZonedOptions } from "./format-time";
export { formatUses } from "./format-uses";
export { usableFrom } from "./usable-from";
export { DAY_OF_WEEK_NUMBERING, describeConditions, hourRanges } from "./describe-conditions";
export type { ConditionOptions } from "./describe-conditions";
export { foldForSearch, groupWallet, searchCoupons } from "./wallet-view";
export type { WalletCounts, WalletView } from "./wallet-view";
export { groupCodeForReading } from "./group-code";
export { calendarDaysBetween, parseInstant } from "./instant";
export { DEFAULT_CURRENCY, DEFAULT_LOCALE, recordFormatting, seedFormatting, seededTranslate } from "./intl";
