// Test data only: `Coupon` objects mirroring Capillary's documented example responses
// (fixtures/capillary/customer-343040815-coupons.json and customer-565032176-coupons.json), mapped the way
// `lib/capillary/` maps them (discountUpto 0 → no cap, 9007199254740991 → no maximum, `redemptionsLeft` read
// with the series' `isMultipleUseAllowed`). The conformance test pins the real mapping of every example.

import type { Coupon, DiscountScope, RedemptionConditions } from "@/lib/capillary";

/** Every rule "not stated" (lib/coupons may not import the client's `unstatedSeries`, which says the same). */
export const NO_CONDITIONS: RedemptionConditions = {
  minBillAmount: null,
  maxBillAmount: null,
  daysOfMonth: null,
  daysOfWeek: null,
  hours: null,
  stores: null,
  validWithDiscountedItems: null,
  redeemableFrom: null,
  redeemableAfterDays: null,
  maxRedemptionsPerShopper: null,
  minDaysBetweenRedemptions: null,
};

export const BILL_SCOPE: DiscountScope = { on: "BILL", brands: [], products: [], categories: [] };

/**
 * ER07BCJ8 of customer 343040815: 10% off, no cap, single use (`redemptionsLeft: -1` with
 * `isMultipleUseAllowed: false`), expires 2020-05-18T23:59:59+05:30.
 */
export const ER07BCJ8: Coupon = {
  id: "33267197",
  code: "ER07BCJ8",
  seriesId: "14162",
  title: "Mobile Push offer 1",
  description: "Mobile Push offer 1",
  discount: { kind: "PERCENT", value: 10, cap: null },
  issuedOn: "2019-10-31T17:15:02+05:30",
  activeFrom: "2019-10-31T00:00:00+05:30",
  validTill: "2020-05-18T23:59:59+05:30",
  uses: { kind: "counted", left: 1, of: 1 },
  redeemed: false,
  redemptions: [],
  issuedAt: { id: "50006795", code: "storecode", name: "webstore1" },
  customerId: "343040815",
  series: {
    id: "14162",
    description: "Mobile Push offer 1",
    termsAndConditions: "T&C apply",
    standardTermsAndConditions: null,
    validTill: "2118-09-10T16:09:02+05:30",
    multipleUse: false,
    maxRedemptionsPerCoupon: null,
    conditions: { ...NO_CONDITIONS, validWithDiscountedItems: false },
    scope: BILL_SCOPE,
    transferable: false,
    validationRequired: false,
  },
};

/**
 * QZX30JQLIC of customer 565032176: ₹1000 off, multi-use with 4 uses left (up to 4 per person), bill
 * ₹100-₹20,000, expires 2025-05-29T23:59:59Z.
 */
export const QZX30JQLIC: Coupon = {
  id: "1298282420",
  code: "QZX30JQLIC",
  seriesId: "775657",
  title: "Coupon Series for UAT May Sant",
  description: "Coupon Series for UAT May Sant",
  discount: { kind: "ABSOLUTE", value: 1000, cap: null },
  issuedOn: "2025-05-21T12:43:01Z",
  activeFrom: "2025-05-21T12:43:01Z",
  validTill: "2025-05-29T23:59:59Z",
  uses: { kind: "counted", left: 4, of: null },
  redeemed: false,
  redemptions: [],
  issuedAt: { id: "75152715", code: "doc123", name: "DocStore" },
  customerId: "565032176",
  series: {
    id: "775657",
    description: "Coupon Series for UAT May Sant",
    termsAndConditions: "T&C",
    standardTermsAndConditions: null,
    validTill: "2025-05-29T00:00:00Z",
    multipleUse: true,
    maxRedemptionsPerCoupon: null,
    conditions: {
      ...NO_CONDITIONS,
      minBillAmount: 100,
      maxBillAmount: 20000,
      validWithDiscountedItems: true,
      redeemableFrom: "2025-04-26T00:00:00Z",
      maxRedemptionsPerShopper: 4,
    },
    scope: BILL_SCOPE,
    transferable: false,
    validationRequired: false,
  },
};

let counter = 0;

/** A coupon based on QZX30JQLIC with `overrides` applied; ids and codes are unique unless overridden. */
export function makeCoupon(overrides: Partial<Coupon> = {}): Coupon {
  counter += 1;
  return {
    ...QZX30JQLIC,
    id: `test-${counter}`,
    code: `TEST${String(counter).padStart(6, "0")}`,
    ...overrides,
  };
}
