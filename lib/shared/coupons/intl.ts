// Shared Intl plumbing: the wallet's default locale and currency, memoised formatters, space clean-up.
//
// Building an Intl.DateTimeFormat costs tens of microseconds (it loads locale and zone data); the wallet
// formats a few values for each of up to thousands of coupons on every render, so each distinct
// (locale, options) pair is built once, when first used, and reused. Formatters are immutable, so sharing
// them is safe.

import type { Translate } from "@/lib/shared/i18n/translate";

/** Coupon Wallet's first market is India. */
export const DEFAULT_LOCALE = "en-IN";
export const DEFAULT_CURRENCY = "INR";

export interface NumberFormatter {
  format(value: number): string;
}

export interface DateTimeFormatter {
  format(date: Date): string;
  formatToParts(date: Date): Intl.DateTimeFormatPart[];
}

// Formatted results the server sent with the page (seedFormatting), by call. The browser's first
// Intl.DateTimeFormat costs 30-60 ms of ICU set-up on a fast machine (several times that on a cheap
// phone); with the server's texts at hand, hydration builds no formatter at all, and the first one is built
// later, when a minute passes or the shopper does something.
const seeded = new Map<string, unknown>();
let recording: Map<string, unknown> | null = null;

/** `key` is built only when there are seeds or a recording: most calls (the server's) have neither. */
function call<T>(key: () => string, compute: () => T): T {
  if (seeded.size === 0 && recording === null) return compute();
  const k = key();
  if (seeded.has(k)) return seeded.get(k) as T;
  const value = compute();
  recording?.set(k, value);
  return value;
}

const numberFormats = new Map<string, NumberFormatter>();
const dateTimeFormats = new Map<string, DateTimeFormatter>();

export function numberFormat(locale: string, options: Intl.NumberFormatOptions): NumberFormatter {
  const key = `n|${locale}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    let intl: Intl.NumberFormat | undefined;
    const built = () => (intl ??= new Intl.NumberFormat(locale, options));
    format = {
      format: (value) =>
        call(
          () => `${key}|${value}`,
          () => built().format(value),
        ),
    };
    numberFormats.set(key, format);
  }
  return format;
}

export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): DateTimeFormatter {
  const key = `d|${locale}|${JSON.stringify(options)}`;
  let format = dateTimeFormats.get(key);
  if (!format) {
    let intl: Intl.DateTimeFormat | undefined;
    const built = () => (intl ??= new Intl.DateTimeFormat(locale, options));
    format = {
      format: (date) =>
        call(
          () => `${key}|f|${date.getTime()}`,
          () => built().format(date),
        ),
      formatToParts: (date) =>
        call(
          () => `${key}|p|${date.getTime()}`,
          () => built().formatToParts(date),
        ),
    };
    dateTimeFormats.set(key, format);
  }
  return format;
}

/**
 * A translator whose results take part in first-paint seeding like the formatters': plural and number
 * messages build Intl.PluralRules and NumberFormat, so the browser answers the server's calls with the
 * server's words. The key holds the locale, so a page in Hindi never reuses English seeds.
 */
export function seededTranslate(locale: string, t: Translate): Translate {
  return (key, values) =>
    call(
      () => `t|${locale}|${key}|${values === undefined ? "" : JSON.stringify(values)}`,
      () => t(key, values),
    );
}

/** Every formatted result `render` produces, by call: what seedFormatting needs to reproduce them. */
export function recordFormatting(render: () => void): Record<string, unknown> {
  const results = new Map<string, unknown>();
  recording = results;
  try {
    render();
  } finally {
    recording = null;
  }
  return Object.fromEntries(results);
}

/**
 * Makes the server's results answer the same calls in this browser (a formatter's output depends only on
 * the call: locale, options and value). The server never seeds itself: it would only grow.
 */
export function seedFormatting(results: Record<string, unknown>): void {
  if (typeof window === "undefined") return;
  for (const [key, value] of Object.entries(results)) seeded.set(key, value);
}

/**
 * Replaces the narrow no-break space (U+202F) and no-break space (U+00A0) that newer ICU versions put
 * before "am"/"pm" and inside dates with a plain space, so that Node (tests) and every browser print the
 * same text and tests can compare strings.
 */
export function normaliseSpaces(text: string): string {
  return text.replace(/[\u202f\u00a0]/g, " ");
}
