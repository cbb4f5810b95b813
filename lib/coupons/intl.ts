// Shared Intl plumbing: the wallet's default locale and currency, memoised formatters, space clean-up.
//
// Building an Intl.DateTimeFormat costs tens of microseconds (it loads locale and zone data); the wallet
// formats a few values for each of up to thousands of coupons on every render, so each distinct
// (locale, options) pair is built once and reused. Formatters are immutable, so sharing them is safe.

/** Coupon Wallet's first market is India. */
export const DEFAULT_LOCALE = "en-IN";
export const DEFAULT_CURRENCY = "INR";

const numberFormats = new Map<string, Intl.NumberFormat>();
const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();

export function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    numberFormats.set(key, format);
  }
  return format;
}

export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = dateTimeFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    dateTimeFormats.set(key, format);
  }
  return format;
}

/**
 * Replaces the narrow no-break space (U+202F) and no-break space (U+00A0) that newer ICU versions put
 * before "am"/"pm" and inside dates with a plain space, so that Node (tests) and every browser print the
 * same text and tests can compare strings.
 */
export function normaliseSpaces(text: string): string {
  return text.replace(/[\u202f\u00a0]/g, " ");
}
