// When, by its series' day and hour rules, a coupon can be used: now or not, until when, and when next.
//
// The rules are the brand's clock (Capillary's `redemptionRange` names org-local days and hours), so each
// hour is read on the org's calendar; the answer is an instant, for the caller to show on the shopper's.
// Stepping through real hours and reading each one's local fields keeps DST changes right without a
// time-zone library.

import type { RedemptionConditions } from "@/lib/capillary";
import { dateTimeFormat } from "./intl";

const MINUTE_MS = 60 * 1000;
const HOUR_MS = 60 * MINUTE_MS;
/** How far ahead a window's end or the next chance is looked for: beyond a week it says nothing useful. */
const LOOK_AHEAD_HOURS = 8 * 24;
const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];

export type WindowRules = Pick<RedemptionConditions, "daysOfWeek" | "daysOfMonth" | "hours">;

/** A list restricts only when it names some values and not Capillary's -1 ("all"). */
const restricts = (values: readonly number[] | null): values is number[] =>
  values !== null && values.length > 0 && !values.includes(-1);

interface OrgClock {
  /** 1 = Sunday … 7 = Saturday, Capillary's numbering. */
  weekday: number;
  day: number;
  hour: number;
  minute: number;
}

/** The moment on the org's clock. */
export function orgClock(ms: number, orgTimeZone: string): OrgClock {
  const parts = dateTimeFormat("en-US", {
    timeZone: orgTimeZone,
    weekday: "short",
    day: "numeric",
    hour: "numeric",
    minute: "numeric",
    hourCycle: "h23",
  }).formatToParts(new Date(ms));
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "";
  return {
    weekday: WEEKDAYS.indexOf(get("weekday")) + 1,
    day: Number(get("day")),
    hour: Number(get("hour")),
    minute: Number(get("minute")),
  };
}

export interface SlotCheck {
  day: boolean;
  date: boolean;
  hour: boolean;
}

/** Which of the rules the moment `ms` meets. */
export function checkSlot(rules: WindowRules, ms: number, orgTimeZone: string): SlotCheck {
  const clock = orgClock(ms, orgTimeZone);
  return {
    day: !restricts(rules.daysOfWeek) || rules.daysOfWeek.includes(clock.weekday),
    date: !restricts(rules.daysOfMonth) || rules.daysOfMonth.includes(clock.day),
    hour: !restricts(rules.hours) || rules.hours.includes(clock.hour),
  };
}

const fits = (check: SlotCheck) => check.day && check.date && check.hour;

export const hasWindowRules = (rules: WindowRules) =>
  restricts(rules.daysOfWeek) || restricts(rules.daysOfMonth) || restricts(rules.hours);

/** The start of the org's next hour after `ms` (at :30 UTC in Kolkata, :45 in Kathmandu). */
function nextHour(ms: number, orgTimeZone: string): number {
  const wholeMinute = Math.floor(ms / MINUTE_MS) * MINUTE_MS;
  return wholeMinute + (60 - orgClock(ms, orgTimeZone).minute) * MINUTE_MS;
}

/**
 * Until when a coupon usable at `now` stays usable by its day and hour rules: the first hour they refuse,
 * or `until` (its expiry) when that comes first; null when neither happens within a week.
 */
export function windowEnd(
  rules: WindowRules,
  now: number,
  until: number | null,
  orgTimeZone: string,
): number | null {
  if (!hasWindowRules(rules)) return until;
  for (let t = nextHour(now, orgTimeZone), i = 0; i < LOOK_AHEAD_HOURS; t += HOUR_MS, i++) {
    if (until !== null && t >= until) return until;
    if (!fits(checkSlot(rules, t, orgTimeZone))) return t;
  }
  return until;
}

/** The next hour the rules allow after `now`, before `until`; null when there is none within a week. */
export function nextWindowStart(
  rules: WindowRules,
  now: number,
  until: number | null,
  orgTimeZone: string,
): number | null {
  for (let t = nextHour(now, orgTimeZone), i = 0; i < LOOK_AHEAD_HOURS; t += HOUR_MS, i++) {
    if (until !== null && t >= until) return null;
    if (fits(checkSlot(rules, t, orgTimeZone))) return t;
  }
  return null;
}
