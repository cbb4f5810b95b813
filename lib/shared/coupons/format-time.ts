// Moments on the shopper's clock: the UI's clock texts ("Updated at 10:42", a redemption's date and time)
// and the pieces format-expiry builds on. Apart from format-expiry so the wallet's banner can say its time
// without loading the cards' wording (see components/shared/use-coupon-texts.ts).

import type { Instant } from "@/lib/capillary";
import type { Wording } from "@/lib/shared/i18n/translate";
import { DEFAULT_LOCALE, dateTimeFormat, normaliseSpaces } from "./intl";

export interface ZonedOptions {
  /** BCP 47 locale; default `en-IN` (which writes "11:59 pm" and "18 May 2020"). */
  locale?: string;
  /** IANA zone of the shopper, e.g. `Asia/Kolkata`. Required: guessing it is how expiry goes wrong. */
  timeZone: string;
}

/** Any moment in the shopper's zone with the given fields, through the shared memoised formatters. */
export function formatZoned(
  value: Instant | number,
  fields: Intl.DateTimeFormatOptions,
  { locale = DEFAULT_LOCALE, timeZone }: ZonedOptions,
): string {
  const ms = typeof value === "number" ? value : Date.parse(value);
  return normaliseSpaces(dateTimeFormat(locale, { ...fields, timeZone }).format(new Date(ms)));
}

/** "8:17 pm" on the shopper's clock. */
export function formatTimeOfDay(value: Instant | number, options: ZonedOptions): string {
  return formatZoned(value, { hour: "numeric", minute: "2-digit" }, options);
}

/**
 * When a copy of the wallet is from: its time of day, with the day once it is over half a day old (a copy
 * can be up to two days old, and a time alone would read as today's).
 */
export function formatAsOf(value: Instant, now: number, options: ZonedOptions & Wording): string {
  if (now - Date.parse(value) < 12 * 60 * 60 * 1000) return formatTimeOfDay(value, options);
  return options.t("coupon.dayAndTime", {
    day: formatZoned(value, { day: "numeric", month: "short" }, options),
    time: formatTimeOfDay(value, options),
  });
}
