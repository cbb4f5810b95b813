// What a coupon is worth, in words: "₹250 off", "15% off, up to ₹500", "10% off".

import type { Discount } from "@/lib/capillary";
import type { Wording } from "@/lib/shared/i18n/translate";
import { DEFAULT_CURRENCY, DEFAULT_LOCALE, normaliseSpaces, numberFormat } from "./intl";

export interface MoneyOptions {
  /** BCP 47 locale for digits and grouping; default `en-IN` (₹1,00,000 grouping). */
  locale?: string;
  /** ISO 4217 code of the brand's currency; default `INR`. */
  currency?: string;
}

/**
 * An amount of money: whole amounts without decimals ("₹1,000", not "₹1,000.00"), other amounts with the
 * currency's usual decimals ("₹99.50"). Done by choosing fraction digits by hand rather than with
 * `trailingZeroDisplay`, which older Safari and Firefox releases still in use do not support.
 */
export function formatMoney(
  amount: number,
  { locale = DEFAULT_LOCALE, currency = DEFAULT_CURRENCY }: MoneyOptions = {},
): string {
  const whole = Number.isInteger(amount);
  const format = numberFormat(locale, {
    style: "currency",
    currency,
    ...(whole ? { minimumFractionDigits: 0, maximumFractionDigits: 0 } : {}),
  });
  return normaliseSpaces(format.format(amount));
}

/** A percentage as the locale writes it: "15%", "12.5%". */
function formatPercent(value: number, locale: string): string {
  return normaliseSpaces(
    numberFormat(locale, { style: "percent", maximumFractionDigits: 2 }).format(value / 100),
  );
}

/**
 * The discount in shopper's words. A cap only matters for a percentage discount (an absolute discount is its
 * own cap), and a cap of null or 0 means none (Capillary's `discountUpto` 0).
 */
export function formatCouponValue(discount: Discount, options: MoneyOptions & Wording): string {
  const { t } = options;
  const locale = options.locale ?? DEFAULT_LOCALE;
  if (discount.kind === "ABSOLUTE")
    return t("coupon.value.amountOff", { amount: formatMoney(discount.value, options) });
  const percent = formatPercent(discount.value, locale);
  if (discount.cap === null || !(discount.cap > 0)) return t("coupon.value.percentOff", { percent });
  return t("coupon.value.percentOffCapped", { percent, cap: formatMoney(discount.cap, options) });
}
