import { EN } from "@/lib/shared/i18n/test-translate";
import { describe, expect, it } from "vitest";
import type { Coupon, RedemptionConditions } from "@/lib/capillary";
import { makeCoupon, QZX30JQLIC } from "./test-coupon";
import { answerUsableHere, refusalKind, type UsableHereInput } from "./usable-here";

// Sunday 25 May 2025, 10:30 in Kolkata: inside QZX30JQLIC's validity (it expires 29 May 23:59:59Z).
const NOW = Date.parse("2025-05-25T10:30:00+05:30");
const IN = { locale: "en-IN", currency: "INR", timeZone: "Asia/Kolkata", t: EN };
const YES = { redeemable: true, resultCode: 700 };
const refused = (resultCode: number) => ({ redeemable: false, resultCode });

function withRules(conditions: Partial<RedemptionConditions>, overrides: Partial<Coupon> = {}): Coupon {
  return makeCoupon({
    series: { ...QZX30JQLIC.series, conditions: { ...QZX30JQLIC.series.conditions, ...conditions } },
    ...overrides,
  });
}

const answer = (coupon: Coupon, verdict: UsableHereInput["verdict"], extra: Partial<UsableHereInput> = {}) =>
  answerUsableHere({ coupon, verdict, now: NOW, display: IN, orgTimeZone: "Asia/Kolkata", ...extra });

describe("can I use this here, now?", () => {
  it("QZX30JQLIC, Capillary says yes: until its expiry, with the bill limits the till will check", () => {
    expect(answer(QZX30JQLIC, YES)).toEqual({
      usable: true,
      headline: "Yes, until 30 May",
      details: ["Needs a bill of ₹100 or more", "Only for bills up to ₹20,000"],
      checked: true,
    });
  });

  it("hours: yes until the hour the window closes, on the shopper's clock", () => {
    const evenings = withRules({ hours: [10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20] });
    expect(answer(evenings, YES).headline).toBe("Yes, until 9:00 pm today");
    // The same moment for a shopper in Los Angeles: 21:00 in Kolkata is 8:30 am there, the next day.
    const la = { ...IN, timeZone: "America/Los_Angeles" };
    expect(answer(evenings, YES, { display: la }).headline).toBe("Yes, until 8:30 am tomorrow");
  });

  it("hours: outside them, not now, and when the next chance comes", () => {
    const evenings = withRules({ hours: [18, 19] });
    expect(answer(evenings, refused(729))).toMatchObject({
      usable: false,
      headline: "Not at this time of day",
      details: [
        "Next chance: today at 6:00 pm IST",
        "Needs a bill of ₹100 or more",
        "Only for bills up to ₹20,000",
      ],
    });
  });

  it("days: not on Sundays, next chance on Tuesday; none when it expires first", () => {
    const tuesdays = withRules({ daysOfWeek: [3], minBillAmount: null, maxBillAmount: null });
    expect(answer(tuesdays, refused(729))).toEqual({
      usable: false,
      headline: "Not on Sundays",
      details: ["Next chance: 27 May, 12:00 am IST"],
      checked: true,
    });
    const saturdays = withRules({ daysOfWeek: [7], minBillAmount: null, maxBillAmount: null });
    expect(answer(saturdays, refused(729)).details).toEqual(["No chance left before it expires"]);
  });

  it("stores: yes, but only at the stores named", () => {
    const twoStores = withRules({
      minBillAmount: null,
      maxBillAmount: null,
      stores: {
        mode: "only",
        storeIds: [101, 103, 105],
        places: [
          { kind: "store", id: "101", code: "ind", name: "Indiranagar" },
          { kind: "store", id: "103", code: "kor", name: "Koramangala" },
        ],
        unrecognisedType: null,
      },
    });
    expect(answer(twoStores, YES).details).toEqual([
      "Only at these stores: Indiranagar, Koramangala and 1 more",
    ]);
  });

  it("minimum bill: said in the brand's currency", () => {
    const bigBill = withRules({ minBillAmount: 1000, maxBillAmount: null });
    expect(answer(bigBill, YES).details).toEqual(["Needs a bill of ₹1,000 or more"]);
  });

  it("not yet usable: from when, in the shopper's zone", () => {
    const later = makeCoupon({ activeFrom: "2025-05-28T00:00:00+05:30" });
    expect(answer(later, refused(739))).toMatchObject({
      usable: false,
      headline: "Usable from 28 May, 12:00 am IST",
    });
  });

  it("used: already used, whether the wallet knew or Capillary says so since", () => {
    const spent = makeCoupon({ uses: { kind: "counted", left: 0, of: 1 } });
    expect(answer(spent, refused(711))).toEqual({
      usable: false,
      headline: "Already used",
      details: [],
      checked: true,
    });
    // The wallet's copy still shows a use left; Capillary knows better.
    expect(answer(QZX30JQLIC, refused(728))).toMatchObject({
      usable: false,
      headline: "Already used",
      details: [],
    });
  });

  it("expired: says when", () => {
    const after = Date.parse("2025-06-02T09:00:00+05:30");
    expect(answer(QZX30JQLIC, refused(713), { now: after }).headline).toBe("Expired 3 days ago");
  });

  it("Capillary failing: the rules alone answer, and say so", () => {
    const evenings = withRules({ hours: [18, 19] });
    expect(answer(evenings, null)).toMatchObject({
      usable: false,
      headline: "Not at this time of day",
      checked: false,
    });
    expect(answer(QZX30JQLIC, null)).toMatchObject({
      usable: true,
      headline: "Yes, until 30 May",
      checked: false,
    });
    // "Coupon service timed out": an answer about Capillary, not about the coupon.
    expect(answer(QZX30JQLIC, refused(748))).toMatchObject({ usable: true, checked: false });
  });

  it("Capillary's yes stands over our reading of a rule", () => {
    const saturdays = withRules({ daysOfWeek: [7] });
    expect(answer(saturdays, YES)).toMatchObject({ usable: true, checked: true });
  });

  it("reasons the rules can't explain get plain generic words, never Capillary's code alone", () => {
    const spaced = withRules({ minDaysBetweenRedemptions: 1, minBillAmount: null, maxBillAmount: null });
    expect(answer(spaced, refused(738))).toMatchObject({
      headline: "Too soon after your last use",
      details: ["At least 1 day between uses"],
    });
    expect(answer(QZX30JQLIC, refused(740)).headline).toBe(
      "Can't be used right now: please ask at the store",
    );
    expect(answer(QZX30JQLIC, refused(777)).headline).toBe("Can't be used right now: ask at the store");
  });

  it("reads Capillary's codes by kind", () => {
    expect([711, 713, 739, 729, 735, 733, 660, 703, 750, 720, 790, 777, null].map(refusalKind)).toEqual([
      "used",
      "expired",
      "not_yet",
      "when",
      "where",
      "bill",
      "withdrawn",
      "not_yours",
      "held",
      "test",
      "failing",
      "other",
      "other",
    ]);
  });
});
