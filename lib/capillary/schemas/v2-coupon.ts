import "server-only";

import { z } from "zod";

import {
  looseBoolean,
  looseId,
  looseList,
  looseNumber,
  redemptionEntrySchema,
  storeRefSchema,
  tolerant,
} from "./common";

/** A coupon series as `/v2/coupon/series` sends it and as `/v2/customers/{id}/coupons` embeds it. */
export const seriesSchema = z.object({
  id: looseId,
  description: tolerant(z.string()),
  info: tolerant(z.string()),
  termsAndConditions: tolerant(z.string()),
  /** Only `/v2/coupon/series` sends it; values are strings. */
  customPropertyMap: tolerant(z.record(z.string(), z.unknown())),
  validTillDate: tolerant(z.string()),
  redemptionValidFrom: tolerant(z.string()),
  /** -1 = unlimited. */
  redemptionPerCouponMaxLimit: tolerant(looseNumber),
  isMultipleUseAllowed: tolerant(looseBoolean),
  /** Only `/v2/coupon/series` sends it: days after issue before a coupon can be redeemed. */
  redemptionValidAfterDays: tolerant(looseNumber),
  maxRedemptionsInSeriesPerUser: tolerant(looseNumber),
  minDaysBetweenRedemption: tolerant(looseNumber),
  redeemStoreType: tolerant(z.string()),
  /** Lists of stores, tills, zones and concepts; the docs only ever show them empty, so entries are read loosely. */
  validRedemptionOrgEntityDetails: tolerant(z.record(z.string(), z.unknown())),
  discountOn: tolerant(z.string()),
  brands: tolerant(z.array(z.unknown())),
  products: tolerant(z.array(z.unknown())),
  categories: tolerant(z.array(z.unknown())),
  isTransferrable: tolerant(looseBoolean),
  isValidationRequired: tolerant(looseBoolean),
  showPinCode: tolerant(looseBoolean),
  maxRedeem: tolerant(looseNumber),
  /** The series' discount type is a string ("ABS"/"PERC"), unlike the coupon's deprecated boolean. */
  discountType: tolerant(z.string()),
  discountValue: tolerant(looseNumber),
  discountUpto: tolerant(looseNumber),
  minBillAmount: tolerant(looseNumber),
  maxBillAmount: tolerant(looseNumber),
  isValidWithDiscountedItem: tolerant(looseBoolean),
  // JSON inside strings; parsed by the mapper, which owns the "bad JSON = no restriction" rule.
  redemptionRange: z.unknown().optional(),
  storeIdsJson: z.unknown().optional(),
  redeemAtStore: z.unknown().optional(),
  mutualExclusiveSeriesIds: z.unknown().optional(),
});
export type RawSeries = z.infer<typeof seriesSchema>;

/** One entry of `/v2/customers/{customerId}/coupons`. */
export const couponSchema = z.object({
  id: looseId,
  code: z.string().min(1),
  seriesId: tolerant(looseId),
  series: tolerant(seriesSchema),
  /** Older renderings call the embedded series this. */
  couponSeries: tolerant(seriesSchema),
  description: tolerant(z.string()),
  seriesName: tolerant(z.string()),
  createdDate: tolerant(z.string()),
  issuedOn: tolerant(z.string()),
  activeFrom: tolerant(z.string()),
  validTill: tolerant(z.string()),
  issuedTo: tolerant(looseId),
  /** -1 = unlimited. */
  redemptionsLeft: tolerant(looseNumber),
  redeemed: tolerant(looseBoolean),
  isRedeemed: tolerant(looseBoolean),
  redemptionInfo: looseList(redemptionEntrySchema),
  /** "ABS" | "PERC": the one to use. */
  couponDiscountType: tolerant(z.string()),
  /** Deprecated boolean on coupons; read only as a last resort and never confused with the series string. */
  discountType: tolerant(z.union([z.boolean(), z.string()])),
  discountValue: tolerant(looseNumber),
  discountValueAsDouble: tolerant(looseNumber),
  discountUpto: tolerant(looseNumber),
  issuedAt: tolerant(storeRefSchema),
});
export type RawCoupon = z.infer<typeof couponSchema>;

/** v2 envelope: `{"entity": [...], "warnings": [...], "errors": [...]}`; items are checked one by one. */
export const listEnvelopeSchema = z.object({
  entity: z.array(z.unknown()),
  warnings: tolerant(z.array(z.unknown())),
});
