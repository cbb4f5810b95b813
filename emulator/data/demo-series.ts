// The demo brand's offers. Each series exists to demonstrate one thing the wallet must get right; the
// comment on each says which.
import type { SeriesDef } from "./series-builder";

const LONG_TERMS = [
  "1. This offer is valid on home linen only (bedsheets, pillow covers, towels and curtains). It cannot be combined with any other offer, voucher or loyalty redemption.",
  "2. The discount applies to the MRP of eligible items. Items already on sale are excluded; gift cards, alterations and delivery charges never count towards the bill.",
  "3. One coupon per bill. If you return an item bought with this coupon, the refund is the amount you actually paid and the coupon is not re-issued.",
  "4. The brand may withdraw or change this offer without notice. In case of any dispute, the decision of the store manager is final.\n   Questions? Write to care@example.com or call 1800 000 0000 (10am-7pm, Monday to Saturday).",
].join("\n\n");

export const DEMO_SERIES = {
  // Plain absolute discount with a minimum bill.
  flat250: {
    id: 910001,
    title: "₹250 off your next shop",
    discountType: "ABS",
    value: 250,
    minBill: 1000,
    terms: "Valid on a minimum bill of ₹1,000. One coupon per bill.",
  },
  // Percentage with a cap (discountUpto).
  perc15: {
    id: 910002,
    title: "15% off everything, up to ₹500",
    discountType: "PERC",
    value: 15,
    upto: 500,
    terms: "Maximum discount ₹500.",
  },
  // Expires within 48 hours: the wallet should flag it as ending soon.
  lastCall: {
    id: 910003,
    title: "₹100 off — last chance",
    discountType: "ABS",
    value: 100,
    terms: "Hurry, valid for a short time only.",
  },
  // Used up: two uses, both spent.
  twice150: {
    id: 910004,
    title: "₹150 off, twice",
    discountType: "ABS",
    value: 150,
    perCouponLimit: 2,
    terms: "Can be used on two separate bills.",
  },
  // Partly used: three uses, one spent; at most 3 per person, a day apart; can be passed on.
  coffee3: {
    id: 910005,
    title: "₹50 off coffee, 3 visits",
    discountType: "ABS",
    value: 50,
    perCouponLimit: 3,
    perShopperLimit: 3,
    minDaysBetween: 1,
    transferable: true,
    terms: "Valid on beverages at our café counters.",
  },
  // Not active yet (activeFrom in the future).
  monsoon: {
    id: 910006,
    title: "Monsoon sale 20% off",
    discountType: "PERC",
    value: 20,
    terms: "Starts soon. No cap on the discount.",
  },
  // Expired three days ago.
  diwali: {
    id: 910007,
    title: "Diwali ₹300 off",
    discountType: "ABS",
    value: 300,
    minBill: 1500,
    terms: "Festive offer.",
    validTillDays: -3,
  },
  // Unlimited uses (-1 everywhere).
  everyVisit: {
    id: 910008,
    title: "10% off, every visit",
    discountType: "PERC",
    value: 10,
    perCouponLimit: -1,
    terms: "Use it as often as you like.",
  },
  // Day-of-week + hour restriction (Capillary numbers days 1 = Sunday ... 7 = Saturday).
  brunch: {
    id: 910009,
    title: "Weekend brunch 15% off",
    discountType: "PERC",
    value: 15,
    redemptionRange: '{"dom":["-1"],"dow":["1","7"],"hours":["10","11","12","13"]}',
    terms: "Saturdays and Sundays, 10am to 2pm only.",
  },
  // Store restriction: redeemable at two stores only, named in validRedemptionOrgEntityDetails.
  twoStores: {
    id: 910010,
    title: "₹200 off at Indiranagar & Bandra",
    discountType: "ABS",
    value: 200,
    storeIds: [101, 103],
    terms: "Redeemable only at our Indiranagar (Bengaluru) and Bandra West (Mumbai) stores.",
  },
  // Single use, as customer 343040815's series: isMultipleUseAllowed false, coupons send -1.
  singleUse: {
    id: 910014,
    title: "₹120 off, once",
    discountType: "ABS",
    value: 120,
    terms: "One use only.",
  },
  // The till asks the customer for a validation code before accepting it.
  withPin: {
    id: 910015,
    title: "₹400 off with your PIN",
    discountType: "ABS",
    value: 400,
    validationRequired: true,
    terms: "Show the PIN sent to you by SMS at the till.",
  },
  // Cannot be redeemed until 3 days after issue.
  afterThreeDays: {
    id: 910016,
    title: "12.5% off your second visit",
    discountType: "PERC",
    value: 12.5,
    redeemableAfterDays: 3,
    terms: "Valid from three days after you receive it.",
  },
  // Long, multi-paragraph T&C with line breaks.
  linen: {
    id: 910011,
    title: "33% off home linen",
    discountType: "PERC",
    value: 33,
    upto: 1000,
    terms: LONG_TERMS,
  },
  // No termsAndConditions field at all: the T&C live only in customPropertyMap (series endpoint only).
  customTerms: {
    id: 910012,
    title: "₹500 off on ₹3,000",
    discountType: "ABS",
    value: 500,
    minBill: 3000,
    customTerms: "Valid on a minimum bill of ₹3,000 before taxes.\nNot valid on gold, silver or gift cards.",
  },
  // Valid even on items that are already discounted.
  saleItems: {
    id: 910013,
    title: "₹75 off, even on sale items",
    discountType: "ABS",
    value: 75,
    validWithDiscountedItem: true,
    terms: "Applies to discounted items too.",
  },
  // Markup in every free-text field: the app must render it as text, never as HTML.
  markup: {
    id: 910020,
    title: '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script><b>Bold?</b> 20% off',
    discountType: "PERC",
    value: 20,
    terms:
      '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=1"><b>Bold?</b> T&C <i>apply</i>',
    customTerms: '<img src=x onerror="window.__pwned=1"><a href="javascript:window.__pwned=1">click</a>',
  },
} satisfies Record<string, SeriesDef>;

export const DEMO_SERIES_LIST: readonly SeriesDef[] = Object.values(DEMO_SERIES);
