// Reading Capillary instants and locating them on a shopper's calendar.
//
// Every comparison in the wallet is made on instants (epoch milliseconds), never on wall-clock text: the
// "it expired a day early" complaint in other wallets comes from comparing local date strings. Calendar
// questions ("is it today?") are then asked in the shopper's own zone with Intl, which works the same in
// Node and in browsers and needs no time-zone library.

import type { Instant } from "@/lib/capillary";
import { dateTimeFormat } from "./intl";

/** An ISO-8601 date-time ending with `Z` or a numeric offset (`+05:30` or `+0530`); `T` or a space between. */
const WITH_OFFSET =
  /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(?:(Z)|([+-]\d{2}):?(\d{2}))$/i;

// A big wallet is grouped again on every minute, tab, search and refetch, and each grouping reads four or
// five instants per coupon, the same strings each time: grouping 5,000 coupons took 16-24 ms in Node on a
// 2-core server with every string parsed, 2-3 ms with them remembered (a phone is several times slower).
// Cleared when full rather than kept in order: the bound is only against an unbounded stream of distinct
// strings (a server reading many shoppers' wallets), and refilling costs one grouping.
export const PARSED_KEPT = 25_000;
const parsed = new Map<string, number | null>();

/**
 * Epoch milliseconds of an `Instant`, or null when it is absent or not an instant.
 *
 * Strings without an offset are refused rather than parsed: `Date.parse("2020-05-18T23:59:59")` reads
 * them in the *runtime's* zone, so the server and each shopper's browser would disagree on the moment.
 * `lib/capillary/` guarantees an offset; a string that lacks one is treated like a missing value.
 * The string is rewritten to the strict `YYYY-MM-DDTHH:mm:ss±HH:MM` form first, because engines outside the
 * ECMAScript date-time format (a space instead of `T`, `+0530`) are implementation-defined (older Safari
 * answers NaN).
 */
export function parseInstant(value: Instant | null | undefined): number | null {
  if (value == null) return null;
  const known = parsed.get(value);
  if (known !== undefined) return known;
  if (parsed.size >= PARSED_KEPT) parsed.clear();
  const ms = readInstant(value);
  parsed.set(value, ms);
  return ms;
}

function readInstant(value: string): number | null {
  const match = WITH_OFFSET.exec(value.trim());
  if (!match) return null;
  const [, date, time, zulu, offsetHours, offsetMinutes] = match;
  const ms = Date.parse(`${date}T${time}${zulu ? "Z" : `${offsetHours}:${offsetMinutes}`}`);
  return Number.isNaN(ms) ? null : ms;
}

/** Year, month (1-12) and day of an instant on the wall calendar of `timeZone`. */
export function calendarDate(ms: number, timeZone: string): { year: number; month: number; day: number } {
  // en-US with numeric parts is only a machine-readable vehicle here; nothing is shown to the shopper.
  const parts = dateTimeFormat("en-US", {
    timeZone,
    year: "numeric",
    month: "numeric",
    day: "numeric",
  }).formatToParts(new Date(ms));
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  return { year: get("year"), month: get("month"), day: get("day") };
}

/**
 * Whole calendar days from `fromMs` to `toMs` as seen on a wall calendar in `timeZone`
 * (0 = same day, 1 = the next day, -1 = the day before).
 *
 * Dividing the millisecond difference by 24 h is wrong twice over: 11 pm to 1 am is "tomorrow" though only
 * two hours apart, and days around DST changes last 23 or 25 hours. Mapping each calendar date to a day
 * number through Date.UTC (which has no DST) gives the difference a shopper would count on a calendar.
 */
export function calendarDaysBetween(fromMs: number, toMs: number, timeZone: string): number {
  return dayNumber(calendarDate(toMs, timeZone)) - dayNumber(calendarDate(fromMs, timeZone));
}

function dayNumber({ year, month, day }: { year: number; month: number; day: number }): number {
  return Math.round(Date.UTC(year, month - 1, day) / 86_400_000);
}
