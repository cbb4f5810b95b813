// "Can I use this here, now?": Capillary's own verdict for the shopper's code (`is_redeemable`) joined
// with the series' rules into one plain answer and the caveats the till will still check.
//
// Capillary decides; the rules explain. A yes from Capillary stands even where our reading of a rule
// disagrees (its day numbering is an assumption, see DAY_OF_WEEK_NUMBERING). When Capillary cannot be
// asked, the rules alone answer, and the answer says so.

import type { Coupon, Redeemability } from "@/lib/capillary";
import type { Wording } from "@/lib/shared/i18n/translate";
import { getCouponStatus } from "./coupon-status";
import { joinList, namedPlaces } from "./describe-conditions";
import { formatExpiry, formatUsableFrom } from "./format-expiry";
import { formatTimeOfDay, formatZoned } from "./format-time";
import { formatMoney } from "./format-value";
import { calendarDate, calendarDaysBetween, parseInstant } from "./instant";
import { checkSlot, nextWindowStart, orgClock, windowEnd } from "./redemption-window";
import { usableFrom } from "./usable-from";

/** What a refusal means for the shopper, by Capillary's 7xx code (the docs' table, next-endpoints §7). */
export type RefusalKind =
  | "used"
  | "expired"
  | "not_yet"
  | "when"
  | "gap"
  | "where"
  | "bill"
  | "withdrawn"
  | "not_yours"
  | "held"
  | "test"
  | "failing"
  | "other";

const KIND_BY_CODE: Record<number, RefusalKind> = {
  711: "used",
  716: "used",
  728: "used",
  736: "used",
  747: "used",
  712: "expired",
  713: "expired",
  714: "expired",
  739: "not_yet",
  729: "when",
  738: "gap",
  735: "where",
  733: "bill",
  660: "withdrawn",
  701: "not_yours",
  702: "not_yours",
  703: "not_yours",
  710: "not_yours",
  719: "not_yours",
  721: "not_yours",
  723: "not_yours",
  780: "not_yours",
  740: "held",
  742: "held",
  750: "held",
  720: "test",
  709: "failing",
  730: "failing",
  748: "failing",
  759: "failing",
};

export function refusalKind(resultCode: number | null): RefusalKind {
  if (resultCode === null) return "other";
  if (resultCode >= 786 && resultCode <= 798) return "failing";
  return KIND_BY_CODE[resultCode] ?? "other";
}

/** Refusals that are about the moment, the place or the bill: the coupon itself is still good. */
export const STILL_GOOD: ReadonlySet<RefusalKind> = new Set(["when", "gap", "where", "bill"]);

export interface UsableHereAnswer {
  usable: boolean;
  /** "Yes, until 9:00 pm today", "Not on Sundays", "Already used". */
  headline: string;
  /** What else the till will check, and when to come back. */
  details: string[];
  /** Capillary answered for this code; false: the answer comes from the coupon's rules alone. */
  checked: boolean;
}

export interface UsableHereInput {
  coupon: Coupon;
  /** Capillary's answer for the code; null when it could not be asked. */
  verdict: Pick<Redeemability, "redeemable" | "resultCode"> | null;
  now: number;
  display: { locale: string; currency: string; timeZone: string } & Wording;
  /** The brand's zone: the clock of the series' day and hour rules. */
  orgTimeZone: string;
}

/** Stores named before the rest are counted. */
const STORES_SHOWN = 5;

/** "9:00 pm today", "2:00 pm tomorrow", "18 May" (with the year when it is not this one). */
function until(ms: number, now: number, display: UsableHereInput["display"]): string {
  const days = calendarDaysBetween(now, ms, display.timeZone);
  if (days === 0) return display.t("usableHere.untilToday", { time: formatTimeOfDay(ms, display) });
  if (days === 1) return display.t("usableHere.untilTomorrow", { time: formatTimeOfDay(ms, display) });
  const sameYear = calendarDate(ms, display.timeZone).year === calendarDate(now, display.timeZone).year;
  return formatZoned(
    ms,
    { day: "numeric", month: "short", ...(sameYear ? {} : { year: "numeric" }) },
    display,
  );
}

/** What the till will check whatever the moment: the bill and the store. */
function caveats({ coupon, display }: UsableHereInput): string[] {
  const { minBillAmount: min, maxBillAmount: max, stores } = coupon.series.conditions;
  const { t } = display;
  const lines: string[] = [];
  if (min !== null && min > 0) lines.push(t("usableHere.minBill", { amount: formatMoney(min, display) }));
  if (max !== null && max > 0 && max < Number.MAX_SAFE_INTEGER)
    lines.push(t("usableHere.maxBill", { amount: formatMoney(max, display) }));
  if (stores) {
    const { named, unnamed } = namedPlaces(stores);
    const shown = named.slice(0, STORES_SHOWN);
    const more = named.length - shown.length + unnamed;
    const list = joinList(shown, t);
    if (named.length === 0)
      lines.push(t(stores.mode === "only" ? "usableHere.someStores" : "usableHere.notEveryStore"));
    else lines.push(t(stores.mode === "only" ? "usableHere.onlyAt" : "usableHere.notAt", { list, more }));
  }
  return lines;
}

interface Refusal {
  kind: RefusalKind;
  headline: string;
  details: string[];
}

/** Why the coupon's own data and rules say no right now, or null when they say yes. */
function refusalByRules(input: UsableHereInput): Refusal | null {
  const { coupon, now, display, orgTimeZone } = input;
  const { t } = display;
  const status = getCouponStatus(coupon, now);
  const validTill = parseInstant(coupon.validTill);
  if (status === "used") return { kind: "used", headline: t("usableHere.generic.used"), details: [] };
  if (status === "expired") {
    const { relative } = formatExpiry(coupon.validTill, now, display);
    // A sentence now, not a phrase after a label: its first letter up where the script has cases.
    return { kind: "expired", headline: relative.charAt(0).toUpperCase() + relative.slice(1), details: [] };
  }
  if (status === "not_yet_active")
    return {
      kind: "not_yet",
      headline: t("usableHere.usableFrom", {
        when: formatUsableFrom(usableFrom(coupon), now, display) ?? "",
      }),
      details: [],
    };

  const rules = coupon.series.conditions;
  const slot = checkSlot(rules, now, orgTimeZone);
  if (slot.day && slot.date && slot.hour) return null;
  const clock = orgClock(now, orgTimeZone);
  const headline = !slot.day
    ? t("usableHere.notOnWeekday", { day: String(clock.weekday) })
    : !slot.date
      ? t("usableHere.notThisDate")
      : t("usableHere.notThisTime");
  const next = nextWindowStart(rules, now, validTill, orgTimeZone);
  const nextText =
    next === null
      ? t("usableHere.noChanceLeft")
      : t("usableHere.nextChance", { when: formatUsableFrom(next, now, display) ?? "" });
  return { kind: "when", headline, details: [nextText] };
}

const NO_CAVEATS: ReadonlySet<RefusalKind> = new Set(["used", "expired", "withdrawn", "not_yours", "test"]);

function yes(input: UsableHereInput, checked: boolean): UsableHereAnswer {
  const { coupon, now, display, orgTimeZone } = input;
  const end = windowEnd(coupon.series.conditions, now, parseInstant(coupon.validTill), orgTimeZone);
  const { t } = display;
  const headline =
    end === null ? t("usableHere.yes") : t("usableHere.yesUntil", { until: until(end, now, display) });
  return { usable: true, headline, details: caveats(input), checked };
}

function no(input: UsableHereInput, refusal: Refusal, checked: boolean): UsableHereAnswer {
  const extra = NO_CAVEATS.has(refusal.kind) ? [] : caveats(input);
  return { usable: false, headline: refusal.headline, details: [...refusal.details, ...extra], checked };
}

export function answerUsableHere(input: UsableHereInput): UsableHereAnswer {
  const byRules = refusalByRules(input);
  const kind = input.verdict && !input.verdict.redeemable ? refusalKind(input.verdict.resultCode) : null;
  if (input.verdict === null || kind === "failing")
    return byRules ? no(input, byRules, false) : yes(input, false);
  if (kind === null) return yes(input, true);
  // Capillary's reason, told with the rules' detail where they agree on it ("Not on Sundays", not "Not now").
  if (byRules?.kind === kind) return no(input, byRules, true);
  const { minDaysBetweenRedemptions: gap } = input.coupon.series.conditions;
  const { t } = input.display;
  const details = kind === "gap" && gap ? [t("coupon.conditions.daysBetween", { count: gap })] : [];
  return no(input, { kind, headline: t(`usableHere.generic.${kind}`), details }, true);
}
