// The hand-made customers' coupons, one line per coupon (see demo-series.ts for what each series shows).
// Dates are offsets from the emulator clock: days ago issued, days until validTill (which ends at 23:59:59 org
// time, as every Capillary example does).
import type { CouponDef } from "./coupon-builder";
import { DEMO_SERIES as S } from "./demo-series";
import { STORES } from "./stores";

// prettier-ignore
export const ASHA_COUPONS: CouponDef[] = [
  { id: 700000101, code: "WELCOME250", series: S.flat250, store: STORES.indiranagar, issuedDaysAgo: 10, validTill: { days: 20 }, redemptionsLeft: 1 },
  { id: 700000102, code: "FEST15PCT", series: S.perc15, store: STORES.online, issuedDaysAgo: 5, validTill: { days: 45 }, redemptionsLeft: 1 },
  { id: 700000103, code: "LASTCALL99", series: S.lastCall, store: STORES.koramangala, issuedDaysAgo: 28, validTill: { days: 1 }, redemptionsLeft: 1 },
  {
    id: 700000104, code: "USED2XDONE", series: S.twice150, store: STORES.bandra, issuedDaysAgo: 40, validTill: { days: 50 },
    redemptionsLeft: 0, redeemed: true,
    redemptions: [
      { id: 880000201, daysAgo: 30, store: STORES.bandra, bill: "BILL-1042", amount: 1840 },
      { id: 880000202, daysAgo: 12, store: STORES.indiranagar, bill: "BILL-2177", amount: 2260 },
    ],
  },
  {
    id: 700000105, code: "COFFEE3X01", series: S.coffee3, store: STORES.koramangala, issuedDaysAgo: 15, validTill: { days: 60 },
    redemptionsLeft: 2,
    redemptions: [{ id: 880000203, daysAgo: 4, store: STORES.koramangala, bill: "BILL-3310", amount: 420 }],
  },
  { id: 700000106, code: "SOONACTV5D", series: S.monsoon, store: STORES.online, issuedDaysAgo: 1, activeInDays: 5, validTill: { days: 35 }, redemptionsLeft: 1 },
  { id: 700000107, code: "GONE3DAYS", series: S.diwali, store: STORES.saket, issuedDaysAgo: 40, validTill: { days: -3 }, redemptionsLeft: 1 },
  { id: 700000108, code: "UNLIMIT10", series: S.everyVisit, store: STORES.indiranagar, issuedDaysAgo: 60, validTill: { days: 300 }, redemptionsLeft: -1 },
  { id: 700000109, code: "BRUNCHWKND", series: S.brunch, store: STORES.bandra, issuedDaysAgo: 3, validTill: { days: 25 }, redemptionsLeft: 1 },
  { id: 700000110, code: "STORE2ONLY", series: S.twoStores, store: STORES.indiranagar, issuedDaysAgo: 7, validTill: { days: 40 }, redemptionsLeft: 1 },
  { id: 700000111, code: "LONGTERMS1", series: S.linen, store: STORES.saket, issuedDaysAgo: 2, validTill: { days: 30 }, redemptionsLeft: 1 },
  { id: 700000112, code: "CPMTERMS01", series: S.customTerms, store: STORES.online, issuedDaysAgo: 6, validTill: { days: 30 }, redemptionsLeft: 1 },
  { id: 700000113, code: "SALEITEMOK", series: S.saleItems, store: STORES.koramangala, issuedDaysAgo: 9, validTill: { days: 15 }, redemptionsLeft: 1 },
  // Single use sent as -1 (customer 343040815's way): one unused, one used (still -1, `redeemed: true`).
  { id: 700000114, code: "ONEUSE5OFF", series: S.singleUse, store: STORES.bandra, issuedDaysAgo: 4, validTill: { days: 22 }, redemptionsLeft: -1 },
  {
    id: 700000115, code: "ONEUSEDONE", series: S.singleUse, store: STORES.bandra, issuedDaysAgo: 20, validTill: { days: 22 },
    redemptionsLeft: -1, redeemed: true,
    redemptions: [{ id: 880000204, daysAgo: 6, store: STORES.bandra, bill: "BILL-4471", amount: 960 }],
  },
  // The till asks for a validation code (isValidationRequired, a v1.1 pincode).
  { id: 700000116, code: "PINNEEDED1", series: S.withPin, store: STORES.online, issuedDaysAgo: 3, validTill: { days: 28 }, redemptionsLeft: 1, pin: "4821" },
  // Redeemable only 3 days after issue (series redemptionValidAfterDays, sent by /v2/coupon/series only).
  { id: 700000117, code: "WAIT3DAYS1", series: S.afterThreeDays, store: STORES.saket, issuedDaysAgo: 1, validTill: { days: 40 }, redemptionsLeft: 1 },
];

// prettier-ignore
export const CHITRA_COUPONS: CouponDef[] = [
  { id: 700000301, code: "MARKUP2024", series: S.markup, store: STORES.online, issuedDaysAgo: 2, validTill: { days: 30 }, redemptionsLeft: 1 },
];

// prettier-ignore
export const FORBIDDEN_COUPONS: CouponDef[] = [
  { id: 700009901, code: "LOCKED9901", series: S.flat250, store: STORES.saket, issuedDaysAgo: 2, validTill: { days: 30 }, redemptionsLeft: 1 },
];

/** v1.1 `pincode` by coupon id, for the coupons that have one (an invention: see inventions.ts). */
export const DEMO_PINS: ReadonlyMap<number, string> = new Map(
  ASHA_COUPONS.flatMap((def) => (def.pin ? [[def.id, def.pin] as const] : [])),
);
