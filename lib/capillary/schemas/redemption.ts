import "server-only";

import { z } from "zod";

import { looseBoolean, looseId, looseList, looseNumber, tolerant } from "./common";

const looseText = z.union([z.string(), z.number().transform(String)]);

/** `{status, code, message}` or `{statusCode: {...}, code, message, success}`: 7xx result codes live here. */
export const statusSchema = z.looseObject({
  status: tolerant(looseBoolean),
  success: tolerant(looseBoolean),
  code: tolerant(looseNumber),
  message: tolerant(z.string()),
  statusCode: tolerant(
    z.looseObject({
      status: tolerant(looseBoolean),
      code: tolerant(looseNumber),
      message: tolerant(z.string()),
    }),
  ),
});
export type RawStatus = z.infer<typeof statusSchema>;

/**
 * One item of `is_redeemable`'s `redemption[]`. The docs show only redeemable items: where a refusal's code
 * sits is unconfirmed (next-endpoints §2), so every place one could is read, and only `isRedeemable: true`
 * counts as yes.
 */
export const redeemableItemSchema = z.looseObject({
  code: looseText,
  isRedeemable: tolerant(looseBoolean),
  redemptionsLeft: tolerant(looseNumber),
  numberOfRedemptionsByUser: tolerant(looseNumber),
  appendedErrorMessage: tolerant(z.string()),
  message: tolerant(z.string()),
  redemptionStatus: tolerant(statusSchema),
  itemStatus: tolerant(statusSchema),
  item_status: tolerant(statusSchema),
  statusCode: tolerant(looseNumber),
  warnings: looseList(z.unknown()),
});

export const isRedeemableSchema = z.looseObject({
  redemption: looseList(z.unknown()),
  redemptionStatus: tolerant(statusSchema),
});

/** One item of the redeem answer's `redemption[]` (its `id` may be the coupon's, not the redemption's). */
export const redeemedItemSchema = z.looseObject({
  id: tolerant(looseId),
  redemptionId: tolerant(looseId),
  code: looseText,
  couponValue: tolerant(looseNumber),
  redemptionStatus: tolerant(statusSchema),
  appendedErrorMessage: tolerant(z.string()),
});

export const redeemSchema = z.looseObject({
  redemption: looseList(z.unknown()),
  redemptionStatus: tolerant(statusSchema),
});

export const reactivateSchema = z.looseObject({
  success: tolerant(looseBoolean),
  errors: looseList(z.unknown()),
});
