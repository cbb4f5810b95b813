import "server-only";

import ical, { ICalAlarmType, type ICalCalendar } from "ical-generator";
import type { Coupon } from "@/lib/capillary";
import { describeCoupon, formatExpiry, getCouponStatus, parseInstant } from "@/lib/shared/coupons";
import { reminderTimes, type Lead } from "@/lib/shared/coupons/reminder-times";
import type { DisplaySettings } from "@/lib/shared/display-types";
import type { Wording } from "@/lib/shared/i18n/translate";

/** The alarms: two days before and on the morning of expiry. */
const ALARMS: Lead[] = [{ kind: "before", days: 2, hours: 0 }, { kind: "morning" }];

export interface CalendarInput {
  coupons: readonly Coupon[];
  display: DisplaySettings & Wording;
  now: number;
  /** The wallet's public URL (for each event's link and its UID's domain). */
  walletUrl: URL;
}

/**
 * At most this many events in one file, the soonest to expire: a calendar of hundreds of coupons helps no
 * one, and writing one costs the server a few milliseconds per event.
 */
const MOST_EVENTS = 100;

/** Coupons worth a calendar entry: ones the shopper can still use, with a stated expiry, soonest first. */
export function calendarCoupons(coupons: readonly Coupon[], now: number): Coupon[] {
  return coupons
    .filter((coupon) => {
      const status = getCouponStatus(coupon, now);
      return status !== "used" && status !== "expired" && parseInstant(coupon.validTill) !== null;
    })
    .sort((a, b) => parseInstant(a.validTill)! - parseInstant(b.validTill)!)
    .slice(0, MOST_EVENTS);
}

function addCoupon(calendar: ICalCalendar, coupon: Coupon, { display, now, walletUrl }: CalendarInput) {
  const expiry = parseInstant(coupon.validTill)!;
  const texts = describeCoupon(coupon, display, now);
  const event = calendar.createEvent({
    // Stable per coupon and deployment: importing the file again updates the event instead of adding one.
    id: `coupon-${coupon.id}@${walletUrl.hostname}`,
    stamp: new Date(now),
    // A moment, not a meeting: the event is the expiry itself, written in UTC so every app reads it alike.
    start: new Date(expiry),
    summary: `${texts.value} expires: ${coupon.title}`,
    description: [
      `Code: ${coupon.code}`,
      `Expires ${texts.expiry.absolute}`,
      ...(texts.usableFrom ? [`Usable from ${texts.usableFrom}`] : []),
      ...texts.conditions,
      `Your coupons: ${walletUrl.href}`,
    ].join("\n"),
    url: walletUrl.href,
  });
  for (const { at } of reminderTimes(expiry, ALARMS, display.timeZone)) {
    // An alarm already past would go off the moment the file is opened.
    if (at <= now) continue;
    // Relative to the start (seconds before it): the form Google, Apple and Outlook all honour.
    event.createAlarm({
      type: ICalAlarmType.display,
      trigger: Math.round((expiry - at) / 1000),
      // Worded for the moment it goes off: "expires in 2 days", "expires today at 11:59 pm".
      description: `${texts.value} (${coupon.code}) ${formatExpiry(coupon.validTill, at, display).relative}`,
    });
  }
}

/** An iCalendar file (RFC 5545) with one event per coupon at its expiry. */
export function couponCalendar(input: CalendarInput): string {
  const calendar = ical({
    prodId: { company: "Coupon Wallet", product: "Coupons", language: "EN" },
    name: "Coupons",
  });
  for (const coupon of input.coupons) addCoupon(calendar, coupon, input);
  // Every content line ends in CRLF, the last one too (the library leaves it off).
  return `${calendar.toString()}\r\n`;
}
