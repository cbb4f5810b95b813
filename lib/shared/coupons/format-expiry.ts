// When a coupon expires (or starts), in the shopper's own time zone.
//
// Capillary sends instants with the brand's offset (`+05:30`, `Z`); a shopper elsewhere must see the moment
// on *their* clock, with the zone named, and "today"/"tomorrow" must be their calendar days: the classic
// "it expired a day early" bug is a day counted in the wrong zone.

import type { Instant } from "@/lib/capillary";
import { calendarDate, calendarDaysBetween, parseInstant } from "./instant";
import type { Wording } from "@/lib/shared/i18n/translate";
import { DEFAULT_LOCALE, dateTimeFormat, normaliseSpaces } from "./intl";
import { formatTimeOfDay, formatZoned, type ZonedOptions } from "./format-time";

export interface ExpiryText {
  /** "18 May 2020, 11:59 pm IST": the moment on the shopper's clock with the zone's short name. */
  absolute: string;
  /** "expires today at 11:59 pm", "expires in 3 days", "expired yesterday", ... */
  relative: string;
  /** The zone's short name as the locale writes it ("IST", "PDT", or "GMT-7" where it has none). */
  timeZoneName: string;
}

const HOUR_MS = 60 * 60 * 1000;
/** Below this, a countdown ("in 5 hours") is more useful than a clock time. */
const COUNTDOWN_BELOW_MS = 6 * HOUR_MS;
/** Beyond this many calendar days, counting days stops helping and a date is clearer. */
const DAYS_BEFORE_DATE = 30;

const ABSOLUTE: Intl.DateTimeFormatOptions = {
  day: "numeric",
  month: "short",
  year: "numeric",
  hour: "numeric",
  minute: "2-digit",
  timeZoneName: "short",
};

function timeOfDay(ms: number, locale: string, timeZone: string): string {
  return formatTimeOfDay(ms, { locale, timeZone });
}

function dateOnly(ms: number, locale: string, timeZone: string): string {
  return formatZoned(ms, { day: "numeric", month: "short", year: "numeric" }, { locale, timeZone });
}

/** The moment on the shopper's clock with its zone, plus the zone's short name on its own. */
export function formatAbsolute(ms: number, { locale = DEFAULT_LOCALE, timeZone }: ZonedOptions) {
  const parts = dateTimeFormat(locale, { ...ABSOLUTE, timeZone }).formatToParts(new Date(ms));
  return {
    text: normaliseSpaces(parts.map((p) => p.value).join("")),
    timeZoneName: parts.find((p) => p.type === "timeZoneName")?.value ?? timeZone,
  };
}

/**
 * The expiry of a coupon for display. Relative wording, by how far `validTill` is from `now`:
 * - ahead by < 1 hour: "expires in 20 minutes" ("in less than a minute" at the very end);
 * - ahead by < 6 hours: "expires in 5 hours" (whole hours, rounded down so it never overstates);
 * - otherwise by calendar days in the shopper's zone: same day "expires today at 11:59 pm", next day
 *   "expires tomorrow at 9:00 am", up to 30 days "expires in 3 days", beyond "expires on 10 Sept 2118";
 * - at or after `validTill` (the instant itself is already expired, as in `getCouponStatus`): same day
 *   "expired today at 9:00 am", then "expired yesterday", "expired 3 days ago", beyond 30 days
 *   "expired on 18 May 2020".
 * A null (or unreadable) `validTill` gives "Expiry not stated" for both texts and an empty zone name:
 * Capillary did not say, and "no expiry" would be a promise it never made.
 */
export function formatExpiry(
  validTill: Instant | null,
  now: Date | number,
  options: ZonedOptions & Wording,
): ExpiryText {
  const locale = options.locale ?? DEFAULT_LOCALE;
  const { timeZone, t } = options;
  const till = parseInstant(validTill);
  if (till === null) {
    const unstated = t("coupon.expiry.notStated");
    return { absolute: unstated, relative: unstated, timeZoneName: "" };
  }

  const nowMs = typeof now === "number" ? now : now.getTime();
  const { text: absolute, timeZoneName } = formatAbsolute(till, { locale, timeZone });
  const ahead = till - nowMs;
  let relative: string;

  if (ahead > 0) {
    const days = calendarDaysBetween(nowMs, till, timeZone);
    if (ahead < 60_000) relative = t("coupon.expiry.inUnderAMinute");
    else if (ahead < HOUR_MS) relative = t("coupon.expiry.inMinutes", { count: Math.floor(ahead / 60_000) });
    else if (ahead < COUNTDOWN_BELOW_MS)
      relative = t("coupon.expiry.inHours", { count: Math.floor(ahead / HOUR_MS) });
    else if (days === 0) relative = t("coupon.expiry.todayAt", { time: timeOfDay(till, locale, timeZone) });
    else if (days === 1)
      relative = t("coupon.expiry.tomorrowAt", { time: timeOfDay(till, locale, timeZone) });
    else if (days <= DAYS_BEFORE_DATE) relative = t("coupon.expiry.inDays", { count: days });
    else relative = t("coupon.expiry.onDate", { date: dateOnly(till, locale, timeZone) });
  } else {
    const days = calendarDaysBetween(till, nowMs, timeZone);
    if (days === 0) relative = t("coupon.expiry.expiredTodayAt", { time: timeOfDay(till, locale, timeZone) });
    else if (days === 1) relative = t("coupon.expiry.expiredYesterday");
    else if (days <= DAYS_BEFORE_DATE) relative = t("coupon.expiry.expiredDaysAgo", { count: days });
    else relative = t("coupon.expiry.expiredOnDate", { date: dateOnly(till, locale, timeZone) });
  }
  return { absolute, relative, timeZoneName };
}

/**
 * When a coupon that cannot be redeemed yet becomes usable, for a "Usable from" line: "31 Oct, 12:00 am IST"
 * (the year is added when it is not the shopper's current year), "today at 10:00 am IST" or "tomorrow at
 * 12:00 am IST" on those calendar days. The zone is named because a start is a moment to plan around.
 * Null when there is no start or it has already passed: a usable coupon needs no such line.
 */
export function formatUsableFrom(
  usableFrom: Instant | number | null,
  now: Date | number,
  options: ZonedOptions & Wording,
): string | null {
  const locale = options.locale ?? DEFAULT_LOCALE;
  const { timeZone, t } = options;
  const from = typeof usableFrom === "number" ? usableFrom : parseInstant(usableFrom);
  const nowMs = typeof now === "number" ? now : now.getTime();
  if (from === null || from <= nowMs) return null;

  const zone = formatAbsolute(from, { locale, timeZone }).timeZoneName;
  const days = calendarDaysBetween(nowMs, from, timeZone);
  if (days === 0) return t("coupon.usableFrom.todayAt", { time: timeOfDay(from, locale, timeZone), zone });
  if (days === 1) return t("coupon.usableFrom.tomorrowAt", { time: timeOfDay(from, locale, timeZone), zone });

  const sameYear = calendarDate(from, timeZone).year === calendarDate(nowMs, timeZone).year;
  return formatZoned(
    from,
    {
      day: "numeric",
      month: "short",
      ...(sameYear ? {} : { year: "numeric" }),
      hour: "numeric",
      minute: "2-digit",
      timeZoneName: "short",
    },
    { locale, timeZone },
  );
}
