import { EN } from "@/lib/shared/i18n/test-translate";
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import type { Coupon } from "@/lib/capillary";
import { makeCoupon } from "@/lib/shared/coupons/test-coupon";
import { calendarCoupons, couponCalendar } from "./calendar";

const WALLET = new URL("https://wallet.example.com/wallet");
const display = (timeZone: string) => ({ locale: "en-IN", currency: "INR", timeZone, t: EN });
const expiring = (validTill: string, overrides: Partial<Coupon> = {}) =>
  makeCoupon({
    validTill,
    activeFrom: "2026-01-01T00:00:00Z",
    issuedOn: "2026-01-01T00:00:00Z",
    ...overrides,
  });

/** The file as a calendar app reads it: a real RFC 5545 parser, never our own string matching. */
function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents("vevent").map((vevent) => {
    const event = new ICAL.Event(vevent);
    const start = event.startDate.toJSDate().getTime();
    const alarms = vevent.getAllSubcomponents("valarm").map((alarm) => {
      const trigger = alarm.getFirstPropertyValue("trigger") as ICAL.Duration;
      return start + trigger.toSeconds() * 1000;
    });
    return {
      uid: event.uid,
      summary: event.summary,
      description: event.description,
      start,
      stamp: (vevent.getFirstPropertyValue("dtstamp") as ICAL.Time).toJSDate().getTime(),
      utc: event.startDate.zone?.tzid === "UTC",
      alarms,
    };
  });
}

const formats = new Map<string, Intl.DateTimeFormat>();
/** The local wall-clock "YYYY-MM-DD HH:mm" of an instant in a zone. */
function local(ms: number, timeZone: string): string {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("sv-SE", { timeZone, dateStyle: "short", timeStyle: "short" });
    formats.set(timeZone, format);
  }
  return format.format(ms);
}

describe("the coupon calendar", () => {
  it("an IST shopper: one event at expiry, alarms at 20:00 two days before (not 23:59) and at 09:00 on the day", () => {
    const now = Date.parse("2026-03-01T10:00:00+05:30");
    const coupon = expiring("2026-03-20T23:59:59+05:30", { code: "WELCOME250", title: "Welcome offer" });
    const text = couponCalendar({
      coupons: [coupon],
      display: display("Asia/Kolkata"),
      now,
      walletUrl: WALLET,
    });
    const [event] = parse(text);
    expect(event).toMatchObject({
      uid: `coupon-${coupon.id}@wallet.example.com`,
      start: Date.parse("2026-03-20T23:59:59+05:30"),
      stamp: now,
      utc: true,
      summary: "₹1,000 off expires: Welcome offer",
    });
    expect(event!.description).toContain("Code: WELCOME250");
    expect(event!.description).toContain("Expires 20 Mar 2026, 11:59 pm IST");
    expect(event!.alarms.map((at) => local(at, "Asia/Kolkata")).sort()).toEqual([
      "2026-03-18 20:00",
      "2026-03-20 09:00",
    ]);
  });

  it("a New York shopper across the start of DST: wall-clock days, not 48 hours", () => {
    const now = Date.parse("2026-03-01T10:00:00-05:00");
    const zone = "America/New_York";
    // Clocks go forward on Sunday 8 March 2026, between the two alarms.
    const coupon = expiring("2026-03-09T23:59:59-04:00");
    const early = expiring("2026-03-10T05:00:00-04:00");
    const afternoon = expiring("2026-03-09T15:00:00-04:00");
    const [late, dawn, midday] = parse(
      couponCalendar({ coupons: [coupon, early, afternoon], display: display(zone), now, walletUrl: WALLET }),
    );
    // Two days before 15:00 is 15:00, though only 47 hours earlier.
    expect(midday!.alarms.map((at) => local(at, zone)).sort()).toEqual([
      "2026-03-07 15:00",
      "2026-03-09 09:00",
    ]);
    expect(late!.alarms.map((at) => local(at, zone)).sort()).toEqual([
      "2026-03-07 20:00",
      "2026-03-09 09:00",
    ]);
    // 20:00 EST on the 7th is 01:00 UTC: an hour off had the alarm been counted in hours.
    expect(late!.alarms).toContain(Date.parse("2026-03-08T01:00:00Z"));
    // Expiring at 5 am: the morning of expiry is too late, so the evening before.
    expect(dawn!.alarms.map((at) => local(at, zone)).sort()).toEqual([
      "2026-03-07 20:00",
      "2026-03-09 20:00",
    ]);
  });

  it("no alarm ever goes off between 22:00 and 07:00 on the shopper's clock, and none before now", () => {
    const now = Date.parse("2026-10-20T12:00:00Z");
    for (const zone of ["Asia/Kolkata", "America/New_York", "Europe/London"]) {
      // Expiries 5 hours apart (so every hour of the day comes up) across two DST weekends: Europe and the
      // US end it on 25 October and 1 November.
      const coupons = Array.from({ length: (24 * 14) / 5 }, (_, i) =>
        expiring(new Date(Date.parse("2026-10-23T00:00:00Z") + i * 5 * 3_600_000).toISOString()),
      );
      for (const event of parse(
        couponCalendar({ coupons, display: display(zone), now, walletUrl: WALLET }),
      )) {
        for (const at of event.alarms) {
          const hour = Number(local(at, zone).slice(11, 13));
          expect(hour >= 7 && hour < 22, `${local(at, zone)} in ${zone}`).toBe(true);
          expect(at).toBeGreaterThan(now);
          expect(at).toBeLessThan(event.start);
        }
      }
    }
  });

  it("leaves out alarms already past", () => {
    const now = Date.parse("2026-03-19T12:00:00+05:30");
    const coupon = expiring("2026-03-20T23:59:59+05:30");
    const [event] = parse(
      couponCalendar({ coupons: [coupon], display: display("Asia/Kolkata"), now, walletUrl: WALLET }),
    );
    expect(event!.alarms.map((at) => local(at, "Asia/Kolkata"))).toEqual(["2026-03-20 09:00"]);
  });

  it("keeps to the rules Google, Apple and Outlook enforce: CRLF, 75-octet lines, UID, DTSTAMP, UTC", () => {
    const now = Date.parse("2026-03-01T10:00:00+05:30");
    const title =
      "दिवाली ऑफ़र: ₹250 off on every bill above ₹1,000 at all our stores, this week only — enjoy!";
    const coupon = expiring("2026-03-20T23:59:59+05:30", { title });
    const text = couponCalendar({
      coupons: [coupon],
      display: display("Asia/Kolkata"),
      now,
      walletUrl: WALLET,
    });
    expect(text.endsWith("END:VCALENDAR\r\n")).toBe(true);
    expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    for (const line of text.split("\r\n")) expect(Buffer.byteLength(line, "utf8")).toBeLessThanOrEqual(75);
    expect(text).toMatch(/\r\nUID:/);
    expect(text).toMatch(/\r\nDTSTAMP:20260301T043000Z\r\n/);
    expect(text).toMatch(/\r\nDTSTART:20260320T182959Z\r\n/);
    expect(text).toMatch(/\r\nPRODID:/);
    expect(parse(text)[0]!.summary).toBe(`₹1,000 off expires: ${title}`);
  });

  it("a calendar of the wallet holds only coupons still to be used", () => {
    const now = Date.parse("2026-03-01T10:00:00+05:30");
    const active = expiring("2026-03-20T23:59:59+05:30");
    const used = expiring("2026-03-20T23:59:59+05:30", { uses: { kind: "counted", left: 0, of: 1 } });
    const expired = expiring("2026-02-20T23:59:59+05:30");
    const soon = expiring("2026-03-20T23:59:59+05:30", { activeFrom: "2026-03-05T00:00:00+05:30" });
    const noExpiry = expiring("2026-03-20T23:59:59+05:30", { validTill: null });
    expect(calendarCoupons([active, used, expired, soon, noExpiry], now)).toEqual([active, soon]);
  });
});
