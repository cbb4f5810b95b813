// A coupon's redemption rules as short plain sentences, one per real restriction.
//
// Unrestricted fields produce nothing: a list of "no limit" lines buries the one rule that matters at the till.

import type { RedemptionConditions } from "@/lib/capillary/types";
import { formatMoney, type MoneyOptions } from "./format-value";
import { formatAbsolute, type ZonedOptions } from "./format-expiry";
import { parseInstant } from "./instant";
import { DEFAULT_LOCALE, dateTimeFormat, normaliseSpaces } from "./intl";

export interface ConditionOptions extends MoneyOptions, ZonedOptions {
  /** Name of a store by id, when the caller knows it; unnamed stores are counted instead. */
  storeName?: (id: number) => string | null | undefined;
}

/**
 * Capillary numbers days of week 1 = Sunday ... 7 = Saturday (Java's `Calendar.DAY_OF_WEEK`, as
 * `lib/capillary/types.ts` records). This is an assumption from the field's Java origin: the docs'
 * examples only ever send -1 ("all days").
 */
const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"] as const;

/** Names of the stores listed before the rest are counted ("and 3 more"). */
const NAMED_STORES_SHOWN = 3;

/** Sorted distinct integers within [min, max]; out-of-range leftovers (e.g. a stray -1) are dropped. */
function clean(values: readonly number[], min: number, max: number): number[] {
  return [...new Set(values.filter((v) => Number.isInteger(v) && v >= min && v <= max))].sort(
    (a, b) => a - b,
  );
}

/**
 * A list is a real restriction only if it is non-empty, does not contain Capillary's -1 ("all") and does not
 * name every possible value (all 7 days, all 31 dates, all 24 hours).
 */
function restriction(values: readonly number[] | null, min: number, max: number): number[] | null {
  if (values === null || values.length === 0 || values.includes(-1)) return null;
  const kept = clean(values, min, max);
  return kept.length === 0 || kept.length === max - min + 1 ? null : kept;
}

// The sentences are English, so English ordinal rules apply whatever the number locale.
const ORDINALS = new Intl.PluralRules("en", { type: "ordinal" });

function ordinal(n: number): string {
  const rule = ORDINALS.select(n);
  return `${n}${{ one: "st", two: "nd", few: "rd" }[rule as "one" | "two" | "few"] ?? "th"}`;
}

const pad = (hour: number) => `${String(hour % 24).padStart(2, "0")}:00`;

/**
 * Hour h means h:00 to h+1:00, so contiguous hours merge into one range: [10, 11] → "10:00–12:00".
 * A range running through midnight stays one range: [22, 23, 0] → "22:00–01:00"; a range ending at
 * midnight ends at "00:00". Every hour gives the single range "00:00–24:00".
 */
export function hourRanges(hours: readonly number[]): string[] {
  const set = new Set(hours);
  const valid = clean(hours, 0, 23);
  if (valid.length === 24) return ["00:00–24:00"];
  const starts = valid.filter((h) => !set.has((h + 23) % 24));
  return starts.map((start) => {
    let end = start;
    while (set.has((end + 1) % 24) && (end + 1) % 24 !== start) end += 1;
    return `${pad(start)}–${pad(end + 1)}`;
  });
}

/** "Redeemable from 28 Nov 2026", with the time and zone added when it does not start at midnight locally. */
function redeemableFrom(ms: number, locale: string, timeZone: string): string {
  const parts = dateTimeFormat("en-US", {
    timeZone,
    hour: "numeric",
    minute: "numeric",
    hourCycle: "h23",
  }).formatToParts(new Date(ms));
  const atMidnight = parts.every((p) => p.type === "literal" || Number(p.value) === 0);
  if (!atMidnight) return `Redeemable from ${formatAbsolute(ms, { locale, timeZone }).text}`;
  const date = dateTimeFormat(locale, { timeZone, day: "numeric", month: "short", year: "numeric" });
  return `Redeemable from ${normaliseSpaces(date.format(new Date(ms)))}`;
}

/**
 * The conditions as sentences, in the order a shopper checks them: bill size, when, where, what.
 *
 * - Bill limits: a minimum of 0 and a null maximum (or Capillary's 9007199254740991) are no limit.
 * - `redeemableFrom` is only mentioned while it lies ahead of `now`.
 * - Hours are shown as Capillary states them, 24-hour: they are the brand's clock, not the shopper's.
 * - Discounted items: both answers are shown, since "not valid on discounted items" is a real restriction
 *   and "valid on discounted items" answers the question shoppers ask at the till.
 */
export function describeConditions(
  conditions: RedemptionConditions,
  now: Date | number,
  options: ConditionOptions,
): string[] {
  const locale = options.locale ?? DEFAULT_LOCALE;
  const nowMs = typeof now === "number" ? now : now.getTime();
  const lines: string[] = [];

  const { minBillAmount: min, maxBillAmount: max } = conditions;
  if (min !== null && min > 0) lines.push(`Minimum bill ${formatMoney(min, options)}`);
  if (max !== null && max > 0 && max < Number.MAX_SAFE_INTEGER)
    lines.push(`Maximum bill ${formatMoney(max, options)}`);

  const from = parseInstant(conditions.redeemableFrom);
  if (from !== null && from > nowMs) lines.push(redeemableFrom(from, locale, options.timeZone));

  const weekdays = restriction(conditions.daysOfWeek, 1, 7);
  if (weekdays) lines.push(`Valid on ${weekdays.map((d) => WEEKDAYS[d - 1]).join(", ")}`);

  const dates = restriction(conditions.daysOfMonth, 1, 31);
  if (dates) lines.push(`Valid on the ${dates.map(ordinal).join(", ")} of the month`);

  const hours = restriction(conditions.hours, 0, 23);
  if (hours) lines.push(`Valid ${hourRanges(hours).join(", ")}`);

  const stores = conditions.storeIds;
  if (stores !== null && stores.length > 0 && !stores.includes(-1)) {
    const ids = [...new Set(stores)];
    const named = ids.map((id) => options.storeName?.(id)?.trim()).filter((n): n is string => !!n);
    if (named.length === 0) {
      lines.push(`Valid at selected stores only (${ids.length})`);
    } else {
      const shown = named.slice(0, NAMED_STORES_SHOWN);
      const rest = ids.length - shown.length;
      lines.push(`Valid only at ${shown.join(", ")}${rest > 0 ? ` and ${rest} more` : ""}`);
    }
  }

  lines.push(
    conditions.validWithDiscountedItems ? "Valid on discounted items" : "Not valid on discounted items",
  );
  return lines;
}
