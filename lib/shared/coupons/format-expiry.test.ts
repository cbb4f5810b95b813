import { EN } from "@/lib/shared/i18n/test-translate";
import { describe, expect, it } from "vitest";
import { formatUsableFrom, formatExpiry } from "./format-expiry";
import { formatZoned } from "./format-time";
import { calendarDaysBetween } from "./instant";
import { normaliseSpaces } from "./intl";
import { ER07BCJ8, QZX30JQLIC } from "./test-coupon";

const at = (iso: string) => new Date(iso);
const KOLKATA = { timeZone: "Asia/Kolkata", t: EN };
const LA = { timeZone: "America/Los_Angeles", t: EN };
const LA_US = { timeZone: "America/Los_Angeles", locale: "en-US", t: EN };
const UTC = { timeZone: "UTC", t: EN };
const AUCKLAND = { timeZone: "Pacific/Auckland", t: EN };
const AUCKLAND_NZ = { timeZone: "Pacific/Auckland", locale: "en-NZ", t: EN };

// Node 20's ICU writes en-IN times with a lower-case "am"/"pm", and names US and New Zealand zones as
// GMT offsets in en-IN ("GMT-7") but by abbreviation in en-US / en-NZ ("PDT", "NZST").
describe("formatExpiry: the docs' ER07BCJ8, valid till 2020-05-18T23:59:59+05:30", () => {
  const till = ER07BCJ8.validTill;
  const morningInIndia = at("2020-05-18T10:00:00+05:30");

  it("is 18 May 2020, 11:59 pm in Kolkata", () => {
    expect(formatExpiry(till, morningInIndia, KOLKATA)).toEqual({
      absolute: "18 May 2020, 11:59 pm IST",
      relative: "expires today at 11:59 pm",
      timeZoneName: "IST",
    });
  });

  it("is 18 May 2020, 11:29 am in Los Angeles, which is tomorrow there", () => {
    // 10:00 IST on the 18th is 9:30 pm PDT on the 17th.
    expect(formatExpiry(till, morningInIndia, LA)).toEqual({
      absolute: "18 May 2020, 11:29 am GMT-7",
      relative: "expires tomorrow at 11:29 am",
      timeZoneName: "GMT-7",
    });
    expect(formatExpiry(till, morningInIndia, LA_US)).toEqual({
      absolute: "May 18, 2020, 11:29 AM PDT",
      relative: "expires tomorrow at 11:29 AM",
      timeZoneName: "PDT",
    });
  });

  it("is 6:29 pm in UTC and already 19 May in Auckland", () => {
    expect(formatExpiry(till, morningInIndia, UTC)).toEqual({
      absolute: "18 May 2020, 6:29 pm UTC",
      relative: "expires today at 6:29 pm",
      timeZoneName: "UTC",
    });
    expect(formatExpiry(till, morningInIndia, AUCKLAND).absolute).toBe("19 May 2020, 6:29 am GMT+12");
    expect(formatExpiry(till, morningInIndia, AUCKLAND_NZ)).toEqual({
      absolute: "19 May 2020, 6:29 am NZST",
      relative: "expires tomorrow at 6:29 am",
      timeZoneName: "NZST",
    });
  });

  it("counts down in hours under 6 hours and in minutes under an hour, never overstating", () => {
    expect(formatExpiry(till, at("2020-05-18T17:59:59+05:30"), KOLKATA).relative).toBe(
      "expires today at 11:59 pm",
    );
    expect(formatExpiry(till, at("2020-05-18T18:59:59+05:30"), KOLKATA).relative).toBe("expires in 5 hours");
    expect(formatExpiry(till, at("2020-05-18T19:00:00+05:30"), KOLKATA).relative).toBe("expires in 4 hours");
    expect(formatExpiry(till, at("2020-05-18T22:59:59+05:30"), KOLKATA).relative).toBe("expires in 1 hour");
    expect(formatExpiry(till, at("2020-05-18T23:30:00+05:30"), KOLKATA).relative).toBe(
      "expires in 29 minutes",
    );
    expect(formatExpiry(till, at("2020-05-18T23:58:59+05:30"), KOLKATA).relative).toBe("expires in 1 minute");
    expect(formatExpiry(till, at("2020-05-18T23:59:30+05:30"), KOLKATA).relative).toBe(
      "expires in less than a minute",
    );
  });

  it("counts calendar days ahead, then gives a date beyond 30 days", () => {
    expect(formatExpiry(till, at("2020-05-17T10:00:00+05:30"), KOLKATA).relative).toBe(
      "expires tomorrow at 11:59 pm",
    );
    expect(formatExpiry(till, at("2020-05-15T12:00:00+05:30"), KOLKATA).relative).toBe("expires in 3 days");
    expect(formatExpiry(till, at("2020-04-18T12:00:00+05:30"), KOLKATA).relative).toBe("expires in 30 days");
    expect(formatExpiry(till, at("2020-04-17T12:00:00+05:30"), KOLKATA).relative).toBe(
      "expires on 18 May 2020",
    );
    // The series' own expiry, 2118: a date, not "in 35,512 days".
    expect(formatExpiry(ER07BCJ8.series.validTill, morningInIndia, KOLKATA)).toEqual({
      absolute: "10 Sept 2118, 4:09 pm IST",
      relative: "expires on 10 Sept 2118",
      timeZoneName: "IST",
    });
  });

  it("is expired at validTill itself, then yesterday, days ago, and a date beyond 30 days", () => {
    expect(formatExpiry(till, at(till!), KOLKATA).relative).toBe("expired today at 11:59 pm");
    expect(formatExpiry(till, at("2020-05-19T10:00:00+05:30"), KOLKATA).relative).toBe("expired yesterday");
    expect(formatExpiry(till, at("2020-05-21T10:00:00+05:30"), KOLKATA).relative).toBe("expired 3 days ago");
    expect(formatExpiry(till, at("2020-06-17T10:00:00+05:30"), KOLKATA).relative).toBe("expired 30 days ago");
    expect(formatExpiry(till, at("2020-06-18T10:00:00+05:30"), KOLKATA).relative).toBe(
      "expired on 18 May 2020",
    );
  });

  it("is 'yesterday' in Kolkata but 'today' in Los Angeles at the same instant", () => {
    const now = at("2020-05-19T10:00:00+05:30");
    expect(formatExpiry(till, now, KOLKATA).relative).toBe("expired yesterday");
    expect(formatExpiry(till, now, LA).relative).toBe("expired today at 11:29 am");
  });
});

describe("formatExpiry: day boundaries between zones", () => {
  // 00:30 IST on the 19th is 19:00 UTC and 12:00 PDT on the 18th.
  const till = "2020-05-19T00:30:00+05:30";

  it("an India-calendar '19 May' expiry falls on 18 May for a Los Angeles shopper", () => {
    const now = at("2020-05-18T04:00:00-07:00");
    expect(formatExpiry(till, now, KOLKATA)).toMatchObject({
      absolute: "19 May 2020, 12:30 am IST",
      relative: "expires tomorrow at 12:30 am",
    });
    expect(formatExpiry(till, now, LA)).toMatchObject({
      absolute: "18 May 2020, 12:00 pm GMT-7",
      relative: "expires today at 12:00 pm",
    });
    expect(formatExpiry(till, now, UTC)).toMatchObject({
      absolute: "18 May 2020, 7:00 pm UTC",
      relative: "expires today at 7:00 pm",
    });
  });

  it("has expired 'yesterday' in Los Angeles a day later", () => {
    expect(formatExpiry(till, at("2020-05-18T15:00:00-07:00"), LA).relative).toBe(
      "expired today at 12:00 pm",
    );
    expect(formatExpiry(till, at("2020-05-18T15:00:00-07:00"), KOLKATA).relative).toBe(
      "expired today at 12:30 am",
    );
    expect(formatExpiry(till, at("2020-05-19T15:00:00-07:00"), LA).relative).toBe("expired yesterday");
  });

  it("names the day by the calendar, not by 24-hour blocks: 11 pm to 1 am is tomorrow", () => {
    expect(formatExpiry("2020-05-19T01:00:00+05:30", at("2020-05-18T17:00:00+05:30"), KOLKATA).relative).toBe(
      "expires tomorrow at 1:00 am",
    );
  });
});

describe("formatExpiry: the docs' QZX30JQLIC, valid till 2025-05-29T23:59:59Z", () => {
  const till = QZX30JQLIC.validTill;
  const now = at("2025-05-28T12:00:00Z");

  it("reads the Z offset in every zone", () => {
    expect(formatExpiry(till, now, UTC)).toMatchObject({
      absolute: "29 May 2025, 11:59 pm UTC",
      relative: "expires tomorrow at 11:59 pm",
    });
    expect(formatExpiry(till, now, KOLKATA)).toMatchObject({
      absolute: "30 May 2025, 5:29 am IST",
      relative: "expires in 2 days",
    });
    expect(formatExpiry(till, now, LA)).toMatchObject({
      absolute: "29 May 2025, 4:59 pm GMT-7",
      relative: "expires tomorrow at 4:59 pm",
    });
  });
});

describe("formatExpiry: daylight-saving changes", () => {
  it("Los Angeles, 1 Nov 2020 (25-hour day): exactly 24 hours ahead is still today", () => {
    expect(formatExpiry("2020-11-01T23:30:00-08:00", at("2020-11-01T00:30:00-07:00"), LA_US)).toEqual({
      absolute: "Nov 1, 2020, 11:30 PM PST",
      relative: "expires today at 11:30 PM",
      timeZoneName: "PST",
    });
  });

  it("Los Angeles, 8 Mar 2020 (23-hour day): 23 hours ahead is already tomorrow", () => {
    const now = at("2020-03-08T00:30:00-08:00");
    expect(formatExpiry("2020-03-08T23:30:00-07:00", now, LA_US).relative).toBe("expires today at 11:30 PM");
    expect(formatExpiry("2020-03-09T00:30:00-07:00", now, LA_US)).toEqual({
      absolute: "Mar 9, 2020, 12:30 AM PDT",
      relative: "expires tomorrow at 12:30 AM",
      timeZoneName: "PDT",
    });
  });

  it("Auckland, 5 Apr 2020 (NZDT to NZST): names the zone in force at the expiry", () => {
    expect(formatExpiry("2020-04-06T00:30:00+12:00", at("2020-04-04T12:00:00+13:00"), AUCKLAND_NZ)).toEqual({
      absolute: "6 Apr 2020, 12:30 am NZST",
      relative: "expires in 2 days",
      timeZoneName: "NZST",
    });
    expect(
      formatExpiry("2020-04-05T23:30:00+12:00", at("2020-04-05T00:30:00+13:00"), AUCKLAND_NZ).relative,
    ).toBe("expires today at 11:30 pm");
    expect(
      formatExpiry("2020-04-04T23:30:00+13:00", at("2020-04-04T12:00:00+13:00"), AUCKLAND_NZ).timeZoneName,
    ).toBe("NZDT");
  });

  it("counts calendar days across a DST change, not elapsed 24-hour blocks", () => {
    // 1 Nov 00:30 PDT to 2 Nov 00:30 PST is 25 hours but one calendar day.
    expect(
      calendarDaysBetween(
        Date.parse("2020-11-01T00:30:00-07:00"),
        Date.parse("2020-11-02T00:30:00-08:00"),
        "America/Los_Angeles",
      ),
    ).toBe(1);
  });
});

describe("formatExpiry: missing and odd values", () => {
  it("says the expiry is not stated for null", () => {
    expect(formatExpiry(null, at("2020-05-18T10:00:00Z"), KOLKATA)).toEqual({
      absolute: "Expiry not stated",
      relative: "Expiry not stated",
      timeZoneName: "",
    });
  });

  it("accepts epoch milliseconds for now", () => {
    expect(formatExpiry(ER07BCJ8.validTill, Date.parse("2020-05-18T10:00:00+05:30"), KOLKATA).relative).toBe(
      "expires today at 11:59 pm",
    );
  });

  it("prints plain spaces whatever the ICU version puts before am/pm", () => {
    expect(normaliseSpaces("11:29\u202fAM\u00a0PDT")).toBe("11:29 AM PDT");
    const { absolute, relative } = formatExpiry(ER07BCJ8.validTill, at("2020-05-18T10:00:00Z"), LA_US);
    expect(absolute + relative).not.toMatch(/[\u202f\u00a0]/);
  });
});

describe("formatUsableFrom", () => {
  const from = ER07BCJ8.activeFrom; // 2019-10-31T00:00:00+05:30

  it("says when a coupon starts on the shopper's clock, with the zone", () => {
    expect(formatUsableFrom(from, at("2019-10-01T00:00:00+05:30"), KOLKATA)).toBe("31 Oct, 12:00 am IST");
    expect(formatUsableFrom(from, at("2019-10-01T00:00:00+05:30"), LA)).toBe("30 Oct, 11:30 am GMT-7");
    expect(formatUsableFrom("2026-11-28T10:00:00+05:30", at("2026-11-01T00:00:00+05:30"), KOLKATA)).toBe(
      "28 Nov, 10:00 am IST",
    );
  });

  it("adds the year when it is not the current year", () => {
    expect(formatUsableFrom(from, at("2018-12-01T00:00:00+05:30"), KOLKATA)).toBe(
      "31 Oct 2019, 12:00 am IST",
    );
  });

  it("says today or tomorrow by the shopper's calendar", () => {
    const now = at("2019-10-30T20:00:00+05:30");
    expect(formatUsableFrom(from, now, KOLKATA)).toBe("tomorrow at 12:00 am IST");
    expect(formatUsableFrom(from, now, LA)).toBe("today at 11:30 am GMT-7");
  });

  it("is null once started or without a start", () => {
    expect(formatUsableFrom(from, at(from!), KOLKATA)).toBeNull();
    expect(formatUsableFrom(null, at("2019-10-01T00:00:00Z"), KOLKATA)).toBeNull();
  });
});

describe("formatZoned", () => {
  it("formats any moment in the shopper's zone with the shared formatters", () => {
    const till = "2020-05-18T23:59:59+05:30";
    expect(formatZoned(till, { hour: "numeric", minute: "2-digit" }, { timeZone: "Asia/Kolkata" })).toBe(
      "11:59 pm",
    );
    expect(
      formatZoned(Date.parse(till), { day: "numeric", month: "short" }, { timeZone: "America/Los_Angeles" }),
    ).toBe("18 May");
  });
});
