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

/** One item of `/v1.1/coupon/get`: strings for booleans and ids, `id: -1` for a code Capillary doesn't know. */
export const v1CouponSchema = z.looseObject({
  id: tolerant(looseId),
  code: z.union([z.string(), z.number().transform(String)]),
  valid_till: tolerant(z.string()),
  valid_from: tolerant(z.string()),
  issued_on: tolerant(z.string()),
  series_id: tolerant(looseId),
  is_absolute: tolerant(looseBoolean),
  value: tolerant(looseNumber),
  discount_upto: tolerant(looseNumber),
  custom_properties: tolerant(
    z.looseObject({
      custom_property: looseList(
        z.looseObject({
          name: z.string(),
          value: tolerant(z.union([z.string(), z.number().transform(String)])),
        }),
      ),
    }),
  ),
  customer: tolerant(
    z.looseObject({
      id: tolerant(looseId),
      name: tolerant(z.string()),
      mobile: tolerant(z.union([z.string(), z.number().transform(String)])),
      email: tolerant(z.string()),
    }),
  ),
  redemption_info: tolerant(redemptionEntrySchema),
  /** The coupon's validation code; Capillary writes "NULL" when there is none. */
  pincode: tolerant(z.union([z.string(), z.number().transform(String)])),
  issued_store: tolerant(storeRefSchema),
  item_status: tolerant(
    z.looseObject({
      success: tolerant(looseBoolean),
      code: tolerant(looseNumber),
      message: tolerant(z.string()),
    }),
  ),
});
export type RawV1Coupon = z.infer<typeof v1CouponSchema>;

export const v1CouponGetEnvelopeSchema = z.looseObject({
  response: z.looseObject({
    status: tolerant(
      z.looseObject({
        success: tolerant(looseBoolean),
        code: tolerant(looseNumber),
        message: tolerant(z.string()),
      }),
    ),
    coupons: tolerant(z.looseObject({ coupon: looseList(z.unknown()) })),
  }),
});
