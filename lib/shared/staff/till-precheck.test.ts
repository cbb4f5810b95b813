import { describe, expect, it } from "vitest";
import { NO_CONDITIONS, QZX30JQLIC } from "@/lib/shared/coupons/test-coupon";
import { EN, translatorFor } from "@/lib/shared/i18n/test-translate";
import { tillPrecheck, type PrecheckInput } from "./till-precheck";
import { sayAtTill } from "./till-words";

const say = (input: PrecheckInput, t = EN, locale = "en-IN") => {
  const refusal = tillPrecheck(input);
  return refusal && sayAtTill(refusal.reason, { locale, currency: "INR", t });
};

// QZX30JQLIC (customer 565032176 in Capillary's docs) is active from 2025-05-21T12:43Z to 2025-05-29.
const MIDDAY_IST = Date.parse("2025-05-28T12:30:00+05:30"); // a Wednesday
const input = (overrides: Partial<PrecheckInput["coupon"]["series"]["conditions"]> = {}, more = {}) => ({
  coupon: { ...QZX30JQLIC, series: { ...QZX30JQLIC.series, conditions: { ...NO_CONDITIONS, ...overrides } } },
  billAmount: 1500,
  now: MIDDAY_IST,
  timeZone: "Asia/Kolkata",
  ...more,
});

describe("tillPrecheck", () => {
  it("lets an active coupon with no rules through", () => {
    expect(tillPrecheck(input())).toBeNull();
  });

  it("refuses expired and not-yet-usable coupons without asking Capillary", () => {
    expect(tillPrecheck(input({}, { now: Date.parse("2025-05-30T10:00:00+05:30") }))?.kind).toBe("expired");
    expect(tillPrecheck(input({}, { now: Date.parse("2025-05-20T10:00:00+05:30") }))?.kind).toBe("not_yet");
  });

  it("refuses a used-up coupon", () => {
    const used = input();
    used.coupon = { ...used.coupon, uses: { kind: "counted", left: 0, of: 1 } };
    expect(tillPrecheck(used)?.kind).toBe("used");
  });

  it("says the minimum bill in the brand's money", () => {
    expect(tillPrecheck(input({ minBillAmount: 2000 }))).toEqual({
      kind: "bill_amount",
      reason: { key: "precheck.minBill", amount: 2000 },
      retryable: false,
    });
    expect(say(input({ minBillAmount: 2000 }))).toBe("The bill must be at least ₹2,000 for this coupon.");
    expect(say(input({ minBillAmount: 2000 }), translatorFor("hi"), "hi-IN")).toBe(
      "इस कूपन के लिए बिल कम से कम ₹2,000 होना चाहिए।",
    );
    expect(say(input({ minBillAmount: 2000 }), translatorFor("ar"), "ar-IN")).toContain(
      "يجب ألا تقل الفاتورة عن",
    );
    expect(tillPrecheck(input({ minBillAmount: 1500 }))).toBeNull();
    expect(say(input({ maxBillAmount: 1000 }))).toContain("at most ₹1,000");
  });

  it("reads days and hours in the store's zone, not the server's", () => {
    // Wednesday is 4 in Capillary's (Java Calendar) numbering.
    expect(tillPrecheck(input({ daysOfWeek: [4] }))).toBeNull();
    expect(tillPrecheck(input({ daysOfWeek: [1, 7] }))?.kind).toBe("wrong_time");
    expect(tillPrecheck(input({ hours: [12] }))).toBeNull();
    expect(say(input({ hours: [9, 10] }))).toBe("This coupon can't be used at this hour.");
    expect(say(input({ hours: [9, 10] }), translatorFor("ar"))).toBe(
      "لا يمكن استخدام هذه القسيمة في هذه الساعة.",
    );
    // 12:30 IST is 07:00 UTC: read in UTC the hour rule would wrongly pass.
    expect(tillPrecheck(input({ hours: [7] }, { timeZone: "UTC" }))).toBeNull();
    expect(tillPrecheck(input({ hours: [7] }))?.kind).toBe("wrong_time");
    expect(tillPrecheck(input({ daysOfMonth: [28] }))).toBeNull();
    expect(tillPrecheck(input({ daysOfMonth: [1] }))?.kind).toBe("wrong_time");
  });

  it("treats Capillary's -1 as every day", () => {
    expect(tillPrecheck(input({ daysOfWeek: [-1], hours: [-1] }))).toBeNull();
  });
});
