import { describe, expect, it } from "vitest";
import type { RedemptionConditions } from "@/lib/capillary/types";
import { describeConditions, hourRanges } from "./describe-conditions";
import { ER07BCJ8, NO_CONDITIONS, QZX30JQLIC } from "./test-coupon";

const NOW = new Date("2025-05-25T12:00:00Z");
const IN = { timeZone: "Asia/Kolkata" };
const describeOnly = (
  overrides: Partial<RedemptionConditions>,
  options: Parameters<typeof describeConditions>[2] = IN,
) =>
  describeConditions({ ...NO_CONDITIONS, validWithDiscountedItems: true, ...overrides }, NOW, options).filter(
    (line) => line !== "Valid on discounted items",
  );

describe("describeConditions with the docs' examples", () => {
  it("QZX30JQLIC: bill between ₹100 and ₹20,000, valid with discounted items", () => {
    expect(describeConditions(QZX30JQLIC.series.conditions, NOW, IN)).toEqual([
      "Minimum bill ₹100",
      "Maximum bill ₹20,000",
      "Valid on discounted items",
    ]);
  });

  it("QZX30JQLIC before its redemptionValidFrom (2025-04-26T00:00:00Z) says when it becomes redeemable", () => {
    const before = new Date("2025-04-01T00:00:00Z");
    // Midnight UTC is 5:30 am in India: the time matters, so it is shown with the zone.
    expect(describeConditions(QZX30JQLIC.series.conditions, before, IN)).toContain(
      "Redeemable from 26 Apr 2025, 5:30 am IST",
    );
    expect(describeConditions(QZX30JQLIC.series.conditions, before, { timeZone: "UTC" })).toContain(
      "Redeemable from 26 Apr 2025",
    );
  });

  it("ER07BCJ8: no restriction but discounted items", () => {
    expect(describeConditions(ER07BCJ8.series.conditions, NOW, IN)).toEqual([
      "Not valid on discounted items",
    ]);
  });
});

describe("describeConditions: bill limits", () => {
  it("uses Indian grouping by default and the given locale and currency otherwise", () => {
    expect(describeOnly({ minBillAmount: 1000, maxBillAmount: 150000 })).toEqual([
      "Minimum bill ₹1,000",
      "Maximum bill ₹1,50,000",
    ]);
    expect(
      describeOnly(
        { minBillAmount: 49.5 },
        { locale: "en-US", currency: "USD", timeZone: "America/Los_Angeles" },
      ),
    ).toEqual(["Minimum bill $49.50"]);
  });

  it("says nothing for a zero minimum or a missing or sentinel maximum", () => {
    expect(describeOnly({ minBillAmount: 0, maxBillAmount: null })).toEqual([]);
    expect(describeOnly({ maxBillAmount: 9007199254740991 })).toEqual([]);
    expect(describeOnly({ maxBillAmount: 0 })).toEqual([]);
  });
});

describe("describeConditions: days and hours", () => {
  it("names days of week, Capillary's 1 = Sunday", () => {
    expect(describeOnly({ daysOfWeek: [3, 2] })).toEqual(["Valid on Mon, Tue"]);
    expect(describeOnly({ daysOfWeek: [1, 7] })).toEqual(["Valid on Sun, Sat"]);
  });

  it("says nothing for a full week, an empty list or Capillary's -1", () => {
    expect(describeOnly({ daysOfWeek: [1, 2, 3, 4, 5, 6, 7] })).toEqual([]);
    expect(describeOnly({ daysOfWeek: [] })).toEqual([]);
    expect(describeOnly({ daysOfWeek: [-1] })).toEqual([]);
  });

  it("names days of the month with ordinals", () => {
    expect(describeOnly({ daysOfMonth: [15, 1] })).toEqual(["Valid on the 1st, 15th of the month"]);
    expect(describeOnly({ daysOfMonth: [2, 3, 11, 12, 13, 21, 22, 23, 31] })).toEqual([
      "Valid on the 2nd, 3rd, 11th, 12th, 13th, 21st, 22nd, 23rd, 31st of the month",
    ]);
    expect(describeOnly({ daysOfMonth: Array.from({ length: 31 }, (_, i) => i + 1) })).toEqual([]);
  });

  it("merges contiguous hours into ranges, hour h being h:00 to h+1:00", () => {
    expect(describeOnly({ hours: [10, 11] })).toEqual(["Valid 10:00–12:00"]);
    expect(describeOnly({ hours: [18, 10, 11, 19] })).toEqual(["Valid 10:00–12:00, 18:00–20:00"]);
    expect(describeOnly({ hours: [9] })).toEqual(["Valid 09:00–10:00"]);
    expect(describeOnly({ hours: Array.from({ length: 24 }, (_, i) => i) })).toEqual([]);
  });

  it("keeps a range through midnight in one piece", () => {
    expect(hourRanges([22, 23])).toEqual(["22:00–00:00"]);
    expect(hourRanges([0, 1, 22, 23])).toEqual(["22:00–02:00"]);
    expect(hourRanges([0, 12])).toEqual(["00:00–01:00", "12:00–13:00"]);
    expect(hourRanges(Array.from({ length: 24 }, (_, i) => i))).toEqual(["00:00–24:00"]);
  });
});

describe("describeConditions: stores, discounted items, redeemable from", () => {
  it("counts selected stores, or names them when the caller can", () => {
    expect(describeOnly({ storeIds: [50006795, 75152715] })).toEqual(["Valid at selected stores only (2)"]);
    expect(describeOnly({ storeIds: [-1] })).toEqual([]);
    const names: Record<number, string> = { 50006795: "webstore1", 75152715: "DocStore" };
    const storeName = (id: number) => names[id];
    expect(describeOnly({ storeIds: [50006795, 75152715] }, { ...IN, storeName })).toEqual([
      "Valid only at webstore1, DocStore",
    ]);
    expect(describeOnly({ storeIds: [50006795, 1, 2, 3, 75152715] }, { ...IN, storeName })).toEqual([
      "Valid only at webstore1, DocStore and 3 more",
    ]);
  });

  it("states both answers about discounted items", () => {
    expect(describeConditions({ ...NO_CONDITIONS, validWithDiscountedItems: true }, NOW, IN)).toEqual([
      "Valid on discounted items",
    ]);
    expect(describeConditions(NO_CONDITIONS, NOW, IN)).toEqual(["Not valid on discounted items"]);
  });

  it("mentions redeemableFrom only while it is ahead", () => {
    expect(describeOnly({ redeemableFrom: "2026-11-28T00:00:00+05:30" })).toEqual([
      "Redeemable from 28 Nov 2026",
    ]);
    expect(
      describeOnly(
        { redeemableFrom: "2026-11-28T00:00:00+05:30" },
        { timeZone: "America/Los_Angeles", locale: "en-US" },
      ),
    ).toEqual(["Redeemable from Nov 27, 2026, 10:30 AM PST"]);
    expect(describeOnly({ redeemableFrom: "2025-05-25T12:00:00Z" })).toEqual([]);
    expect(describeOnly({ redeemableFrom: "1970-01-01T05:30:00+05:30" })).toEqual([]);
  });

  it("orders sentences: bill, when, where, what", () => {
    expect(
      describeConditions(
        {
          minBillAmount: 1000,
          maxBillAmount: 20000,
          daysOfMonth: [1],
          daysOfWeek: [2],
          hours: [10],
          storeIds: [7],
          validWithDiscountedItems: false,
          redeemableFrom: "2026-01-01T00:00:00+05:30",
        },
        NOW,
        IN,
      ),
    ).toEqual([
      "Minimum bill ₹1,000",
      "Maximum bill ₹20,000",
      "Redeemable from 1 Jan 2026",
      "Valid on Mon",
      "Valid on the 1st of the month",
      "Valid 10:00–11:00",
      "Valid at selected stores only (1)",
      "Not valid on discounted items",
    ]);
  });
});
