import "server-only";

import { z } from "zod";

import { looseId, looseList, looseNumber, redemptionEntrySchema, storeRefSchema, tolerant } from "./common";

/**
 * One coupon of the paginated `GET /v2/customers/coupons` (next-endpoints §1). Unlike the per-customer
 * endpoint it embeds no series, sends `discountType` as the string "ABS"/"PERC", and dates its expiry twice:
 * `validTill` at midnight and `validTillDateTime` at the real end (absent in some examples).
 */
export const listedCouponSchema = z.object({
  id: looseId,
  code: z.string().min(1),
  seriesId: tolerant(looseId),
  description: tolerant(z.string()),
  validTill: tolerant(z.string()),
  validTillDateTime: tolerant(z.string()),
  discountType: tolerant(z.string()),
  discountValue: tolerant(looseNumber),
  discountUpto: tolerant(looseNumber),
  redemptionCount: tolerant(looseNumber),
  /** -1 is "not limited by this count", read with the series like the other endpoint's. */
  redemptionsLeft: tolerant(looseNumber),
  createdDate: tolerant(z.string()),
  createdDateISO: tolerant(z.string()),
  /** The issuing transaction; "0" when issued without one. */
  transactionNumber: tolerant(z.union([z.string(), z.number().transform(String)])),
  issuedAt: tolerant(storeRefSchema),
  redemptions: looseList(redemptionEntrySchema),
  reversedRedemptions: looseList(redemptionEntrySchema),
});
export type RawListedCoupon = z.infer<typeof listedCouponSchema>;

/** `pagination.limit`/`offset` arrive as strings ("100"), `total` as a number. */
export const couponListEnvelopeSchema = z.object({
  entity: z.object({
    pagination: tolerant(
      z.object({
        limit: tolerant(looseNumber),
        offset: tolerant(looseNumber),
        total: tolerant(looseNumber),
      }),
    ),
    customers: looseList(
      z.looseObject({
        id: tolerant(looseId),
        coupons: looseList(z.unknown()),
      }),
    ),
  }),
});
