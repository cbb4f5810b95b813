// A coupon's redemption rules as short plain sentences, one per real restriction.
//
// Unrestricted fields produce nothing: a list of "no limit" lines buries the one rule that matters at the till.

import type { DiscountScope, Place, RedemptionConditions, StoreRule } from "@/lib/capillary";
import type { Translate, Wording } from "@/lib/shared/i18n/translate";
import { formatMoney, type MoneyOptions } from "./format-value";
import type { ZonedOptions } from "./format-time";

export type ConditionOptions = MoneyOptions & ZonedOptions & Wording;

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

/** Items joined as the language writes a list ("، " in Arabic). */
export function joinList(items: readonly string[], t: Translate): string {
  return items.join(t("coupon.listSeparator"));
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
function storeLine(rule: StoreRule, t: Translate): string {
  const { named, unnamed } = namedPlaces(rule);
  if (rule.unrecognisedType !== null) {
    const listed = named.length > 0 ? joinList(named, t) : "";
    return t("coupon.conditions.storeRule", {
      type: rule.unrecognisedType,
      hasList: listed ? "yes" : "no",
      listed,
      unnamed,
    });
  }
  if (named.length === 0) {
    return rule.mode === "only"
      ? t("coupon.conditions.selectedStores", { count: rule.storeIds.length })
      : t("coupon.conditions.notAtStores", { count: rule.storeIds.length });
  }
  const shown = named.slice(0, NAMED_STORES_SHOWN);
  const rest = named.length - shown.length + unnamed;
  const list = joinList(shown, t);
  return t(rule.mode === "only" ? "coupon.conditions.onlyAt" : "coupon.conditions.notAt", { list, rest });
}

/** Weekday names in Capillary's numbering; a number it does not cover is named as sent. */
function weekdayNames(days: readonly number[], t: Translate): string {
  return joinList(
    days.map((d) =>
      d in DAY_OF_WEEK_NUMBERING ? t(`coupon.weekday.${d}`) : t("coupon.conditions.unknownDay", { day: d }),
    ),
    t,
  );
}

function scopeLines(scope: DiscountScope, t: Translate): string[] {
  const lines: string[] = [];
  const on = scope.on?.toUpperCase();
  if (on === "BILL") lines.push(t("coupon.conditions.wholeBill"));
  else if (scope.on)
    lines.push(t("coupon.conditions.discountOn", { on: scope.on.toLowerCase().replace(/_/g, " ") }));
  if (scope.brands.length > 0) lines.push(t("coupon.conditions.brands", { list: joinList(scope.brands, t) }));
  if (scope.products.length > 0)
    lines.push(t("coupon.conditions.products", { list: joinList(scope.products, t) }));
  if (scope.categories.length > 0)
    lines.push(t("coupon.conditions.categories", { list: joinList(scope.categories, t) }));
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
  const { t } = options;
  const lines: string[] = [];

  const { minBillAmount: min, maxBillAmount: max } = conditions;
  if (min !== null && min > 0)
    lines.push(t("coupon.conditions.minBill", { amount: formatMoney(min, options) }));
  if (max !== null && max > 0 && max < Number.MAX_SAFE_INTEGER)
    lines.push(t("coupon.conditions.maxBill", { amount: formatMoney(max, options) }));

  const weekdays = weekdayRestriction(conditions.daysOfWeek);
  if (weekdays) lines.push(t("coupon.conditions.onDays", { days: weekdayNames(weekdays, t) }));

  const dates = restriction(conditions.daysOfMonth, 1, 31);
  if (dates) {
    const ordinals = dates.map((n) => t("coupon.conditions.ordinal", { n }));
    lines.push(t("coupon.conditions.onDates", { dates: joinList(ordinals, t) }));
  }

  const hours = restriction(conditions.hours, 0, 23);
  if (hours) lines.push(t("coupon.conditions.atHours", { hours: joinList(hourRanges(hours), t) }));

  if (conditions.stores) lines.push(storeLine(conditions.stores, t));

  if (series.scope) lines.push(...scopeLines(series.scope, t));

  if (conditions.validWithDiscountedItems !== null)
    lines.push(
      t(
        conditions.validWithDiscountedItems
          ? "coupon.conditions.discountedOk"
          : "coupon.conditions.discountedNo",
      ),
    );

  const perShopper = conditions.maxRedemptionsPerShopper;
  if (perShopper !== null) lines.push(t("coupon.conditions.perPerson", { count: perShopper }));
  const gap = conditions.minDaysBetweenRedemptions;
  if (gap !== null) lines.push(t("coupon.conditions.daysBetween", { count: gap }));
  return lines;
}
