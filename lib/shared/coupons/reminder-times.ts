// When to remind a shopper that a coupon is about to expire: calendar alarms and push reminders both.
//
// On the shopper's own clock, never at night: a reminder that would fall between 22:00 and 07:00 moves to
// 20:00 on the evening before that night (Google Wallet stays quiet at night too, and a 2 am buzz about a
// coupon teaches people to turn reminders off). "2 days before" is the same wall-clock time two calendar
// days earlier, so a DST change in between does not shift it by an hour.

import { TZDate } from "@date-fns/tz";
import { calendarDate } from "./instant";

export const QUIET_FROM_HOUR = 22;
export const QUIET_UNTIL_HOUR = 7;
/** Where a reminder that would fall at night goes instead. */
export const EVENING_HOUR = 20;
/** "The morning of expiry". */
export const MORNING_HOUR = 9;

const HOUR_MS = 60 * 60 * 1000;

/** `days`/`hours` before expiry, or the morning of the expiry day. */
export type Lead = { kind: "before"; days: number; hours: number } | { kind: "morning" };

/** "7d", "36h", "morning"; null for anything else. */
export function parseLead(text: string): Lead | null {
  if (text === "morning") return { kind: "morning" };
  const match = /^(\d{1,2})([dh])$/.exec(text);
  if (!match) return null;
  const n = Number(match[1]);
  if (n < 1) return null;
  return match[2] === "d" ? { kind: "before", days: n, hours: 0 } : { kind: "before", days: 0, hours: n };
}

/** `hour`:00 on the given calendar day in `timeZone`, `dayShift` days later (or earlier). */
function atLocalHour(ms: number, timeZone: string, hour: number, dayShift = 0): number {
  const { year, month, day } = calendarDate(ms, timeZone);
  return new TZDate(year, month - 1, day + dayShift, hour, 0, 0, timeZone).getTime();
}

function localHour(ms: number, timeZone: string): number {
  return new TZDate(ms, timeZone).getHours();
}

/** `ms`, or 20:00 of the evening before when `ms` falls in the shopper's quiet hours. */
export function outsideQuietHours(ms: number, timeZone: string): number {
  const hour = localHour(ms, timeZone);
  if (hour >= QUIET_UNTIL_HOUR && hour < QUIET_FROM_HOUR) return ms;
  // After midnight the night began the day before.
  return atLocalHour(ms, timeZone, EVENING_HOUR, hour < QUIET_UNTIL_HOUR ? -1 : 0);
}

/** The moment a lead points at for an expiry, before quiet hours are applied. */
export function leadTime(validTill: number, lead: Lead, timeZone: string): number {
  if (lead.kind === "morning") {
    const morning = atLocalHour(validTill, timeZone, MORNING_HOUR);
    // Expiring before the morning: the evening before is the last chance to hear of it.
    return morning < validTill ? morning : atLocalHour(validTill, timeZone, EVENING_HOUR, -1);
  }
  const sameTime = new TZDate(validTill, timeZone);
  sameTime.setDate(sameTime.getDate() - lead.days);
  return sameTime.getTime() - lead.hours * HOUR_MS;
}

export interface ReminderTime {
  lead: Lead;
  at: number;
}

/** Each lead's reminder for a coupon expiring at `validTill`, outside quiet hours, before expiry, earliest first. */
export function reminderTimes(validTill: number, leads: readonly Lead[], timeZone: string): ReminderTime[] {
  const times = leads
    .map((lead) => ({ lead, at: outsideQuietHours(leadTime(validTill, lead, timeZone), timeZone) }))
    .filter(({ at }) => at < validTill)
    .sort((a, b) => a.at - b.at);
  // Two leads that land on the same moment are one reminder.
  return times.filter((time, i) => i === 0 || time.at !== times[i - 1]!.at);
}

/**
 * The reminder to send at `now`, if any: the latest one whose time has come (a shopper who subscribed late
 * hears of the coupon once, not of every missed lead), and only while `now` itself is outside quiet hours.
 */
export function dueReminder(
  validTill: number,
  leads: readonly Lead[],
  timeZone: string,
  now: number,
): ReminderTime | null {
  if (now >= validTill || outsideQuietHours(now, timeZone) !== now) return null;
  return reminderTimes(validTill, leads, timeZone).findLast((time) => time.at <= now) ?? null;
}

/** When this coupon's next reminder falls after `now`; null when none is left. */
export function nextReminderAt(
  validTill: number,
  leads: readonly Lead[],
  timeZone: string,
  now: number,
): number | null {
  return reminderTimes(validTill, leads, timeZone).find((time) => time.at > now)?.at ?? null;
}
