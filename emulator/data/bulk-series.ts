// The ten offers bulk customers' coupons are drawn from: a spread of discount kinds, caps, limits and
// restrictions so list and filter code meets every variation at volume.
import type { SeriesDef } from "./series-builder";

const WEEKENDS = '{"dom":["-1"],"dow":["1","7"],"hours":["-1"]}';

// prettier-ignore
export const BULK_SERIES: readonly SeriesDef[] = [
  { id: 920001, title: "₹100 off", discountType: "ABS", value: 100, terms: "One coupon per bill." },
  { id: 920002, title: "10% off, up to ₹300", discountType: "PERC", value: 10, upto: 300, terms: "Maximum discount ₹300." },
  { id: 920003, title: "₹250 off on ₹1,500", discountType: "ABS", value: 250, minBill: 1500, terms: "Minimum bill ₹1,500." },
  { id: 920004, title: "20% off", discountType: "PERC", value: 20, terms: "No cap." },
  { id: 920005, title: "₹50 off, 3 uses", discountType: "ABS", value: 50, perCouponLimit: 3, terms: "Three bills." },
  { id: 920006, title: "5% off always", discountType: "PERC", value: 5, perCouponLimit: -1, terms: "Unlimited uses." },
  { id: 920007, title: "₹500 off in Bengaluru", discountType: "ABS", value: 500, minBill: 5000, storeIds: [101, 102], terms: "Bengaluru stores only." },
  { id: 920008, title: "Weekend 25% off", discountType: "PERC", value: 25, upto: 750, redemptionRange: WEEKENDS, terms: "Weekends only." },
  { id: 920009, title: "₹150 off, twice", discountType: "ABS", value: 150, perCouponLimit: 2, terms: "Two bills." },
  { id: 920010, title: "12% off, sale items too", discountType: "PERC", value: 12, validWithDiscountedItem: true, terms: "Includes sale items." },
];
