import { EN } from "@/lib/shared/i18n/test-translate";
import { describe, expect, it } from "vitest";
import type { DiscountScope, RedemptionConditions, StoreRule } from "@/lib/capillary";
import { DAY_OF_WEEK_NUMBERING, describeConditions, hourRanges } from "./describe-conditions";
import { ER07BCJ8, NO_CONDITIONS, QZX30JQLIC } from "./test-coupon";

const IN = { timeZone: "Asia/Kolkata", t: EN };
const describeOnly = (
  overrides: Partial<RedemptionConditions>,
  options: Parameters<typeof describeConditions>[1] = IN,
) => describeConditions({ conditions: { ...NO_CONDITIONS, ...overrides } }, options);

const rule = (overrides: Partial<StoreRule>): StoreRule => ({
  mode: "only",
  storeIds: [],
  places: [],
  unrecognisedType: null,
  ...overrides,
});

describe("describeConditions with the docs' examples", () => {
  it("QZX30JQLIC: bill between ₹100 and ₹20,000, off the bill, discounted items, 4 uses per person", () => {
    expect(describeConditions(QZX30JQLIC.series, IN)).toEqual([
      "Minimum bill ₹100",
      "Maximum bill ₹20,000",
      "Off the whole bill",
      "Valid on discounted items",
      "Up to 4 uses per person",
    ]);
  });

  it("ER07BCJ8: off the bill, not on discounted items", () => {
    expect(describeConditions(ER07BCJ8.series, IN)).toEqual([
      "Off the whole bill",
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
        { locale: "en-US", currency: "USD", timeZone: "America/Los_Angeles", t: EN },
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
  it("names days of week in the one numbering constant (1 = Sunday)", () => {
    expect(DAY_OF_WEEK_NUMBERING[1]).toBe("Sun");
    expect(describeOnly({ daysOfWeek: [3, 2] })).toEqual(["Valid on Mon, Tue"]);
    expect(describeOnly({ daysOfWeek: [1, 7] })).toEqual(["Valid on Sun, Sat"]);
  });

  it("never drops a day number outside the numbering", () => {
    expect(describeOnly({ daysOfWeek: [0, 7] })).toEqual(["Valid on Sat, day 0 (as Capillary numbers it)"]);
    expect(describeOnly({ daysOfWeek: [1, 2, 3, 4, 5, 6, 7, 8] })).toEqual([
      "Valid on Sun, Mon, Tue, Wed, Thu, Fri, Sat, day 8 (as Capillary numbers it)",
    ]);
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

describe("describeConditions: stores", () => {
  it("counts stores known only by id", () => {
    expect(describeOnly({ stores: rule({ storeIds: [50006795, 75152715] }) })).toEqual([
      "Valid at selected stores only (2)",
    ]);
  });

  it("names the stores the series names, with tills and zones marked as such", () => {
    const places = [
      { kind: "store", id: "101", code: "BLR-IND", name: "Indiranagar" },
      { kind: "store", id: "103", code: "BLR-KOR", name: null },
      { kind: "till", id: null, code: "bukl.till", name: null },
      { kind: "zone", id: "9", code: null, name: "South" },
    ] as const;
    expect(describeOnly({ stores: rule({ storeIds: [101, 103], places: [...places] }) })).toEqual([
      "Valid only at Indiranagar, BLR-KOR, bukl.till (till) and 1 more",
    ]);
  });

  it("honours redeemStoreType: an exclusion list reads as 'not valid at'", () => {
    const places = [{ kind: "store", id: "5", code: null, name: "Airport" }] as const;
    expect(describeOnly({ stores: rule({ mode: "except", places: [...places] }) })).toEqual([
      "Not valid at Airport",
    ]);
  });

  it("shows a store rule of an unknown type as stated", () => {
    const places = [{ kind: "store", id: "5", code: null, name: "Airport" }] as const;
    expect(
      describeOnly({
        stores: rule({ unrecognisedType: "franchise_only", places: [...places], storeIds: [5, 6] }),
      }),
    ).toEqual(['Store rule "franchise_only": Airport (1 store by id)']);
  });
});

describe("describeConditions: what it covers and how often", () => {
  it("states both answers about discounted items, and nothing when the series does not say", () => {
    expect(describeOnly({ validWithDiscountedItems: true })).toEqual(["Valid on discounted items"]);
    expect(describeOnly({ validWithDiscountedItems: false })).toEqual(["Not valid on discounted items"]);
    expect(describeOnly({ validWithDiscountedItems: null })).toEqual([]);
  });

  it("names brands, products and categories, and what the discount is on", () => {
    const scope: DiscountScope = {
      on: "ITEM",
      brands: ["Levi's"],
      products: [],
      categories: ["Denim", "Shoes"],
    };
    expect(describeConditions({ conditions: NO_CONDITIONS, scope }, IN)).toEqual([
      "Discount on: item",
      "Only on these brands: Levi's",
      "Only in these categories: Denim, Shoes",
    ]);
  });

  it("gives per-person limits", () => {
    expect(describeOnly({ maxRedemptionsPerShopper: 1, minDaysBetweenRedemptions: 7 })).toEqual([
      "Up to 1 use per person",
      "At least 7 days between uses",
    ]);
  });

  it("orders sentences: bill, when, where, what, how often", () => {
    expect(
      describeConditions(
        {
          conditions: {
            ...NO_CONDITIONS,
            minBillAmount: 1000,
            maxBillAmount: 20000,
            daysOfMonth: [1],
            daysOfWeek: [2],
            hours: [10],
            stores: rule({ storeIds: [7] }),
            validWithDiscountedItems: false,
            maxRedemptionsPerShopper: 2,
          },
          scope: { on: "BILL", brands: [], products: [], categories: [] },
        },
        IN,
      ),
    ).toEqual([
      "Minimum bill ₹1,000",
      "Maximum bill ₹20,000",
      "Valid on Mon",
      "Valid on the 1st of the month",
      "Valid 10:00–11:00",
      "Valid at selected stores only (1)",
      "Off the whole bill",
      "Not valid on discounted items",
      "Up to 2 uses per person",
    ]);
  });
});
