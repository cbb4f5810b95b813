// A coupon's redemption rules as short plain sentences, one per real restriction.
//
// Unrestricted fields produce nothing: a list of "no limit" lines buries the one rule that matters at the till.

import type { DiscountScope, Place, RedemptionConditions, StoreRule } from "@/lib/capillary";
import { formatMoney, type MoneyOptions } from "./format-value";
import type { ZonedOptions } from "./format-expiry";

export type ConditionOptions = MoneyOptions & ZonedOptions;

/**
 * How Capillary numbers days of the week in `redemptionRange.dow`. The docs never say: every example sends
 * -1 ("all days"). 1 = Sunday ... 7 = Saturday is Java's `Calendar.DAY_OF_WEEK`, the likeliest source of
 * the field. This is the one place that assumption lives; a number outside it is shown as sent, not dropped.
 */
export const DAY_OF_WEEK_NUMBERING: Readonly<Record<number, string>> = {
  1: "Sun",
  2: "Mon",
  3: "Tue",
  4: "Wed",
  5: "Thu",
  6: "Fri",
  7: "Sat",
};

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

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

function placeName(place: Place): string | null {
  const label = place.name ?? place.code ?? (place.id !== null ? `${place.kind} ${place.id}` : null);
  if (label === null) return null;
  return place.kind === "store" ? label : `${label} (${place.kind})`;
}

/** The rule's places by name, and how many of its store ids name no place. */
export function namedPlaces(rule: StoreRule): { named: string[]; unnamed: number } {
  const placeIds = new Set(rule.places.map((p) => p.id).filter(Boolean));
  return {
    named: rule.places.map(placeName).filter((n): n is string => n !== null),
    unnamed: rule.storeIds.filter((id) => !placeIds.has(String(id))).length,
  };
}

/** "Valid only at Indiranagar, Koramangala and 3 more"; "Not valid at …" for an exclusion list. */
function storeLine(rule: StoreRule): string {
  const { named, unnamed } = namedPlaces(rule);
  if (rule.unrecognisedType !== null) {
    const listed = named.length > 0 ? `: ${named.join(", ")}` : "";
    return `Store rule "${rule.unrecognisedType}"${listed}${unnamed > 0 ? ` (${plural(unnamed, "store", "stores")} by id)` : ""}`;
  }
  if (named.length === 0) {
    return rule.mode === "only"
      ? `Valid at selected stores only (${rule.storeIds.length})`
      : `Not valid at ${plural(rule.storeIds.length, "store", "stores")}; ask at the store`;
  }
  const shown = named.slice(0, NAMED_STORES_SHOWN);
  const rest = named.length - shown.length + unnamed;
  const list = `${shown.join(", ")}${rest > 0 ? ` and ${rest} more` : ""}`;
  return rule.mode === "only" ? `Valid only at ${list}` : `Not valid at ${list}`;
}

/** Weekday names in Capillary's numbering; a number it does not cover is named as sent. */
function weekdayNames(days: readonly number[]): string {
  return days.map((d) => DAY_OF_WEEK_NUMBERING[d] ?? `day ${d} (as Capillary numbers it)`).join(", ");
}

function scopeLines(scope: DiscountScope): string[] {
  const lines: string[] = [];
  const on = scope.on?.toUpperCase();
  if (on === "BILL") lines.push("Off the whole bill");
  else if (scope.on) lines.push(`Discount on: ${scope.on.toLowerCase().replace(/_/g, " ")}`);
  if (scope.brands.length > 0) lines.push(`Only on these brands: ${scope.brands.join(", ")}`);
  if (scope.products.length > 0) lines.push(`Only on these products: ${scope.products.join(", ")}`);
  if (scope.categories.length > 0) lines.push(`Only in these categories: ${scope.categories.join(", ")}`);
  return lines;
}

/**
 * Days of week that really restrict: Capillary's -1 (or nothing) means every day, as do all seven; a number
 * outside the numbering is kept (after the known days) so the shopper sees that a rule exists.
 */
function weekdayRestriction(values: readonly number[] | null): number[] | null {
  if (values === null || values.length === 0 || values.includes(-1)) return null;
  const distinct = [...new Set(values)];
  const known = distinct.filter((d) => d in DAY_OF_WEEK_NUMBERING).sort((a, b) => a - b);
  const unknown = distinct.filter((d) => !(d in DAY_OF_WEEK_NUMBERING)).sort((a, b) => a - b);
  if (unknown.length === 0 && known.length === Object.keys(DAY_OF_WEEK_NUMBERING).length) return null;
  return [...known, ...unknown];
}

/**
 * The series' rules as sentences, in the order a shopper checks them: bill size, when, where, what, how
 * often. Nothing is said for a field Capillary did not send.
 *
 * - Bill limits: a minimum of 0 and a null maximum (or Capillary's 9007199254740991) are no limit.
 * - Hours are shown as Capillary states them, 24-hour: they are the brand's clock, not the shopper's.
 * - Discounted items: both answers are shown, since "not valid on discounted items" is a real restriction
 *   and "valid on discounted items" answers the question shoppers ask at the till; nothing when unsaid.
 * - When a coupon becomes usable is not a condition line: the card says "Usable from" (see usableFrom).
 */
export function describeConditions(
  series: { conditions: RedemptionConditions; scope?: DiscountScope },
  options: ConditionOptions,
): string[] {
  const { conditions } = series;
  const lines: string[] = [];

  const { minBillAmount: min, maxBillAmount: max } = conditions;
  if (min !== null && min > 0) lines.push(`Minimum bill ${formatMoney(min, options)}`);
  if (max !== null && max > 0 && max < Number.MAX_SAFE_INTEGER)
    lines.push(`Maximum bill ${formatMoney(max, options)}`);

  const weekdays = weekdayRestriction(conditions.daysOfWeek);
  if (weekdays) lines.push(`Valid on ${weekdayNames(weekdays)}`);

  const dates = restriction(conditions.daysOfMonth, 1, 31);
  if (dates) lines.push(`Valid on the ${dates.map(ordinal).join(", ")} of the month`);

  const hours = restriction(conditions.hours, 0, 23);
  if (hours) lines.push(`Valid ${hourRanges(hours).join(", ")}`);

  if (conditions.stores) lines.push(storeLine(conditions.stores));

  if (series.scope) lines.push(...scopeLines(series.scope));

  if (conditions.validWithDiscountedItems !== null)
    lines.push(
      conditions.validWithDiscountedItems ? "Valid on discounted items" : "Not valid on discounted items",
    );

  const perShopper = conditions.maxRedemptionsPerShopper;
  if (perShopper !== null) lines.push(`Up to ${plural(perShopper, "use", "uses")} per person`);
  const gap = conditions.minDaysBetweenRedemptions;
  if (gap !== null) lines.push(`At least ${plural(gap, "day", "days")} between uses`);
  return lines;
}
