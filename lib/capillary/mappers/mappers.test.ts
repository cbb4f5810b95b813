import { describe, expect, it } from "vitest";

import { couponSchema, listEnvelopeSchema, seriesSchema } from "../schemas/v2-coupon";
import { v1CouponGetEnvelopeSchema, v1CouponSchema } from "../schemas/v1-coupon";
import { customerSchema } from "../schemas/customer";
import { readFixture, testMapContext } from "../test-support";
import { pairWithRequestedCodes, toCodeCheck } from "./to-code-check";
import { toCoupon } from "./to-coupon";
import { toCustomerProfile } from "./to-customer";
import { toRedemption } from "./to-redemption";
import { toSeriesSummary } from "./to-series";
import { redemptionEntrySchema } from "../schemas/common";
import type { CodeCheck } from "../types";

function coupons(fixture: string, customerId: string, warnings: string[] = []) {
  const envelope = listEnvelopeSchema.parse(readFixture(fixture));
  return envelope.entity.map((item) =>
    toCoupon(couponSchema.parse(item), customerId, testMapContext(warnings)),
  );
}

function series(fixture: string) {
  const envelope = listEnvelopeSchema.parse(readFixture(fixture));
  return envelope.entity.map((item) => toSeriesSummary(seriesSchema.parse(item), testMapContext()));
}

function checks(fixture: string): CodeCheck[] {
  const envelope = v1CouponGetEnvelopeSchema.parse(readFixture(fixture));
  return (envelope.response.coupons?.coupon ?? []).map((item) =>
    toCodeCheck(v1CouponSchema.parse(item), testMapContext()),
  );
}

describe("customer 343040815 coupons (PERC, +05:30 offsets, quoted -1)", () => {
  const warnings: string[] = [];
  const list = coupons("customer-343040815-coupons.json", "343040815", warnings);

  it("maps both coupons field by field", () => {
    expect(list.map((c) => c.code)).toEqual(["ER07BCJ8", "H306ORH2"]);
    const er = list[0]!;
    expect(er).toMatchObject({
      id: "33267197",
      code: "ER07BCJ8",
      seriesId: "14162",
      title: "Mobile Push offer 1",
      description: "Mobile Push offer 1",
      discount: { kind: "PERCENT", value: 10, cap: null },
      issuedOn: "2019-10-31T17:15:02+05:30",
      activeFrom: "2019-10-31T00:00:00+05:30",
      validTill: "2020-05-18T23:59:59+05:30",
      // Single use (isMultipleUseAllowed false), not "unlimited": the -1 alone says nothing.
      uses: { kind: "counted", left: 1, of: 1 },
      redeemed: false,
      redemptions: [],
      issuedAt: { id: "50006795", code: "storecode", name: "webstore1" },
      customerId: "343040815",
    });
    expect(er.series).toEqual({
      id: "14162",
      description: "Mobile Push offer 1",
      termsAndConditions: "T&C apply",
      standardTermsAndConditions: null,
      validTill: "2118-09-10T16:09:02+05:30",
      multipleUse: false,
      maxRedemptionsPerCoupon: null,
      conditions: {
        minBillAmount: null,
        maxBillAmount: null,
        daysOfMonth: null,
        daysOfWeek: null,
        hours: null,
        stores: null,
        validWithDiscountedItems: false,
        redeemableFrom: null,
        redeemableAfterDays: null,
        maxRedemptionsPerShopper: null,
        minDaysBetweenRedemptions: null,
      },
      scope: { on: "BILL", brands: [], products: [], categories: [] },
      transferable: false,
      validationRequired: false,
    });
    expect(warnings).toEqual([]);
  });
});

describe("customer 565032176 coupons (ABS, Z offsets, unquoted -1)", () => {
  const list = coupons("customer-565032176-coupons.json", "565032176");

  it("maps the four coupons of series 775657", () => {
    expect(list.map((c) => c.code)).toEqual(["QZX30JQLIC", "GIJSGIZA3P", "W9Z584RUW6", "7BU2JOYZZR"]);
    for (const coupon of list) {
      expect(coupon.seriesId).toBe("775657");
      expect(coupon.uses).toEqual({ kind: "counted", left: 4, of: null });
      expect(coupon.discount).toEqual({ kind: "ABSOLUTE", value: 1000, cap: null });
      expect(coupon.validTill).toBe("2025-05-29T23:59:59Z");
      expect(coupon.title).toBe("Coupon Series for UAT May Sant");
      expect(coupon.customerId).toBe("565032176");
      expect(coupon.issuedAt).toEqual({ id: "75152715", code: "doc123", name: "DocStore" });
      expect(coupon.series.conditions).toEqual({
        minBillAmount: 100,
        maxBillAmount: 20000,
        daysOfMonth: null,
        daysOfWeek: null,
        hours: null,
        stores: null,
        validWithDiscountedItems: true,
        redeemableFrom: "2025-04-26T00:00:00Z",
        redeemableAfterDays: null,
        maxRedemptionsPerShopper: 4,
        minDaysBetweenRedemptions: null,
      });
      expect(coupon.series.termsAndConditions).toBe("T&C");
      expect(coupon.series.maxRedemptionsPerCoupon).toBeNull();
      expect(coupon.series.validTill).toBe("2025-05-29T00:00:00Z");
    }
    expect(list[0]).toMatchObject({
      id: "1298282420",
      issuedOn: "2025-05-21T12:43:01Z",
      activeFrom: "2025-05-21T12:43:01Z",
    });
  });
});

describe("customer 345635529 coupons (lower-case codes)", () => {
  const list = coupons("customer-345635529-coupons-lower.json", "345635529");

  it("keeps codes exactly as sent", () => {
    expect(list.map((c) => c.code)).toEqual([
      "tt6wzp7xnw",
      "ziwy7lzgw8",
      "hu1dh75hny",
      "vmqvzcvymt",
      "x6wqg8kb01",
      "oo8hf7divr",
      "w2jjud9yrguaprdur52o",
    ]);
    expect(list[0]).toMatchObject({
      seriesId: "68579",
      title: "test-lekhana-2",
      discount: { kind: "ABSOLUTE", value: 10, cap: null },
      uses: { kind: "counted", left: 1, of: 1 },
      validTill: "2024-10-31T23:59:59Z",
    });
    expect(list[6]).toMatchObject({
      seriesId: "68377",
      title: "test-lekhana",
      validTill: "2024-10-09T23:59:59Z",
    });
    // redemptionValidFrom 1970-01-01T00:00:00Z is Capillary's "not set".
    expect(list[0]!.series.conditions.redeemableFrom).toBeNull();
    expect(list[0]!.series.conditions.maxBillAmount).toBeNull();
  });
});

describe("series from /v2/coupon/series", () => {
  it("520591: both T&Cs, dom/dow/hours [1]", () => {
    const [s] = series("series-520591.json");
    expect(s).toEqual({
      id: "520591",
      description: "Onam 10% OFF",
      termsAndConditions: "T&C",
      standardTermsAndConditions: "terms and condtion",
      validTill: "2026-05-09T00:00:00Z",
      multipleUse: true,
      maxRedemptionsPerCoupon: null,
      conditions: {
        minBillAmount: 100,
        maxBillAmount: 20000,
        daysOfMonth: [1],
        daysOfWeek: [1],
        hours: [1],
        stores: null,
        validWithDiscountedItems: true,
        redeemableFrom: "2024-05-01T00:00:00Z",
        redeemableAfterDays: 22,
        maxRedemptionsPerShopper: 122,
        minDaysBetweenRedemptions: 962,
      },
      scope: { on: "BILL", brands: [], products: [], categories: [] },
      transferable: false,
      validationRequired: false,
    });
  });

  it('698948: quoted "-1" → null, 9007199254740991 → null, 3 redemptions per coupon', () => {
    const [s] = series("series-698948.json");
    expect(s).toMatchObject({
      id: "698948",
      description: "LIKE1w2w2345678910",
      termsAndConditions: "T&C apply",
      standardTermsAndConditions: null,
      multipleUse: true,
      maxRedemptionsPerCoupon: 3,
      conditions: {
        minBillAmount: null,
        maxBillAmount: null,
        daysOfMonth: null,
        daysOfWeek: null,
        hours: null,
        stores: null,
        redeemableFrom: null,
        redeemableAfterDays: null,
        maxRedemptionsPerShopper: null,
        minDaysBetweenRedemptions: null,
      },
    });
    expect(s!.conditions.validWithDiscountedItems).toBe(false);
  });
});

describe("v1.1 coupon/get", () => {
  it("upper: WL2ZBJZK and PT4I43YN found", () => {
    const [wl, pt] = checks("coupon-get-upper.json");
    expect(wl).toEqual({
      kind: "found",
      code: "WL2ZBJZK",
      couponId: "454473807",
      seriesId: "142654",
      discount: { kind: "ABSOLUTE", value: 10, cap: null },
      validFrom: "2022-05-30T18:10:48+05:30",
      validTill: "2122-03-08T23:59:59+05:30",
      customer: { id: "98662653", name: "Anjaney Vatsal", mobile: "9988776655", email: "[email protected]" },
      redemption: null,
      issuedStore: null,
      standardTermsAndConditions: null,
      hasPin: false, // "pincode": "NULL"
    });
    expect(pt).toMatchObject({
      kind: "found",
      code: "PT4I43YN",
      couponId: "370179951",
      seriesId: "12313",
      validTill: "2119-07-10T23:59:59+05:30",
      redemption: {
        id: "4359526",
        redeemedAt: "2021-05-17T19:07:54+05:30",
        store: { id: null, code: "bukl.till", name: "bukl.till" },
        till: { id: null, code: "bukl.till", name: null },
        billNumber: "ZDCsddfg",
        redeemedBy: "Anjaney Vatsal",
      },
      issuedStore: { id: null, code: "international_business_park", name: "International Business Park" },
    });
  });

  it("lower-mixed: the two 705 items are unknown with Capillary's message", () => {
    const all = checks("coupon-get-lower-mixed.json");
    expect(all.map((c) => [c.kind, c.code])).toEqual([
      ["found", "wl2zbjzk"],
      ["unknown", "WL2ZBJZK"],
      ["unknown", "PT4I43YN"],
      ["found", "pt4i43yn"],
    ]);
    expect(all[1]).toEqual({
      kind: "unknown",
      code: "WL2ZBJZK",
      statusCode: 705,
      message: "Both coupon code and validation code are invalid",
    });
  });

  it("pairs answers with requested codes in request order, exact before case-insensitive", () => {
    const all = checks("coupon-get-lower-mixed.json");
    const paired = pairWithRequestedCodes(["PT4I43YN", "wl2zbjzk", "NOPE", "pt4i43yn"], all);
    expect(paired.map((c) => [c.kind, c.code])).toEqual([
      ["unknown", "PT4I43YN"],
      ["found", "wl2zbjzk"],
      ["unknown", "NOPE"],
      ["found", "pt4i43yn"],
    ]);
  });
});

describe("defensive reading", () => {
  it("bad JSON in redemptionRange means no restriction, with a warning", () => {
    const warnings: string[] = [];
    const s = toSeriesSummary(
      seriesSchema.parse({
        id: 1,
        redemptionRange: "{dom: [",
        storeIdsJson: '["12", 13]',
        redeemAtStore: "[-1]",
      }),
      testMapContext(warnings),
    );
    expect(s.conditions.daysOfMonth).toBeNull();
    expect(s.conditions.stores).toEqual({
      mode: "only",
      storeIds: [12, 13],
      places: [],
      unrecognisedType: null,
    });
    expect(warnings.length).toBe(1);
  });

  it("tolerates missing fields and string numbers", () => {
    const coupon = toCoupon(
      couponSchema.parse({
        id: "7",
        code: "ABC",
        discountValue: "15",
        couponDiscountType: "PERC",
        discountUpto: "200",
        redemptionsLeft: "2",
      }),
      "42",
      testMapContext(),
    );
    expect(coupon).toMatchObject({ id: "7", seriesId: "", title: "ABC", customerId: "42" });
    expect(coupon.uses).toEqual({ kind: "counted", left: 2, of: null });
    expect(coupon.discount).toEqual({ kind: "PERCENT", value: 15, cap: 200 });
  });

  it("falls back to the series' string discountType, never to the coupon's boolean", () => {
    const coupon = toCoupon(
      couponSchema.parse({ id: 1, code: "X", discountType: true, series: { id: 9, discountType: "PERC" } }),
      "42",
      testMapContext(),
    );
    expect(coupon.discount.kind).toBe("PERCENT");
  });

  it("maps the emulator's redemption entry shape", () => {
    const redemption = toRedemption(
      redemptionEntrySchema.parse({
        redemptionId: 99,
        redemptionDate: "2025-05-22T10:00:00+05:30",
        transactionNumber: "BILL-1",
        redeemedAtStore: { id: 5, code: "s1", name: "Store One" },
        redeemedAtTill: { id: 6, code: "t1", name: "Till One" },
      }),
      testMapContext(),
    );
    expect(redemption).toEqual({
      id: "99",
      redeemedAt: "2025-05-22T10:00:00+05:30",
      store: { id: "5", code: "s1", name: "Store One" },
      till: { id: "6", code: "t1", name: "Till One" },
      billNumber: "BILL-1",
      redeemedBy: null,
    });
  });

  it("reads other redemption spellings", () => {
    const redemption = toRedemption(
      redemptionEntrySchema.parse({ redeemedOn: "2025-01-02 03:04:05", billNumber: "B2", storeName: "Mall" }),
      testMapContext(),
    );
    expect(redemption).toEqual({
      id: null,
      redeemedAt: "2025-01-02T03:04:05+05:30",
      store: { id: null, code: null, name: "Mall" },
      till: null,
      billNumber: "B2",
      redeemedBy: null,
    });
  });

  it("merges customer profiles", () => {
    const profile = toCustomerProfile(
      customerSchema.parse({
        id: 343040815,
        profiles: [
          { firstName: "", lastName: "Doe", identifiers: [{ type: "mobile", value: "919111111111" }] },
          {
            firstName: "Jane",
            identifiers: [
              { type: "mobile", value: "919111111111" },
              { type: "email", value: "[email protected]" },
            ],
          },
        ],
      }),
    );
    expect(profile).toEqual({
      id: "343040815",
      firstName: "Jane",
      lastName: "Doe",
      identifiers: [
        { type: "mobile", value: "919111111111" },
        { type: "email", value: "[email protected]" },
      ],
    });
  });
});
