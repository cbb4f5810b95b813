import "server-only";

import { CapillaryError } from "../request/errors";
import { decode, type ResourceContext } from "../request/resource-context";
import { path } from "../request/url";
import { assertCouponCodes, assertCustomerId } from "../request/validate";
import { toRedeemability, toRedeemOutcome } from "../mappers/to-redeem";
import {
  isRedeemableSchema,
  reactivateSchema,
  redeemableItemSchema,
  redeemedItemSchema,
  redeemSchema,
} from "../schemas/redemption";
import type { Attribution, Redeemability, RedeemOutcome } from "../types";

const invalid = (message: string) => new CapillaryError("invalid_input", message, { retryable: false });
const BILL = /^[\x21-\x7e][\x20-\x7e]{0,49}$/;
const AMOUNT = /^(?:0|[1-9]\d{0,9})(?:\.\d{1,2})?$/;
const ATTRIBUTION_CODE = /^[\w.-]{1,64}$/;

function assertAttribution(value: Attribution | undefined): Attribution | undefined {
  if (value === undefined) return undefined;
  if ((value.type !== "TILL" && value.type !== "STORE_CODE") || !ATTRIBUTION_CODE.test(value.code))
    throw invalid("Attribution is TILL or STORE_CODE with a code of 1-64 letters, digits, '.', '-' or '_'");
  return value;
}

/** Pairs each asked code with its answer (matching ignores case); a code with no answer is "not redeemable". */
function byCode<T extends { code: string }>(
  codes: readonly string[],
  answers: readonly T[],
  missing: (code: string) => T,
): T[] {
  return codes.map(
    (code) => answers.find((a) => a.code.toLowerCase() === code.toLowerCase()) ?? missing(code),
  );
}

/**
 * `GET /v2/coupon/is_redeemable?id=…&code=A,B&details=true`: whether Capillary would redeem each code for
 * this customer now, and the 7xx reason when not. A GET, so retried like any other read.
 */
export async function checkRedeemable(
  ctx: ResourceContext,
  input: { customerId: string; codes: readonly string[] },
): Promise<Redeemability[]> {
  const id = assertCustomerId(input.customerId);
  const codes = assertCouponCodes(input.codes);
  const route = path`/v2/coupon/is_redeemable`;
  const result = await ctx.http({
    method: "GET",
    path: route,
    query: { id, code: codes.join(","), details: "true" },
  });
  const body = decode(ctx, isRedeemableSchema, result, route.template);
  const answers = body.redemption.flatMap((item) => {
    const parsed = redeemableItemSchema.safeParse(item);
    return parsed.success ? [toRedeemability(parsed.data, body.redemptionStatus)] : [];
  });
  return byCode(codes, answers, (code) => ({
    code,
    redeemable: false,
    resultCode: null,
    message: "Capillary did not answer for this code",
    usesLeft: null,
    usedByCustomer: null,
  }));
}

export interface RedeemInput {
  customerId: string;
  codes: readonly string[];
  billNumber: string;
  /** The bill's amount in the brand's currency, at most two decimals, as Capillary's examples send it. */
  billAmount: string;
  attribution?: Attribution;
}

/**
 * `POST /v2/coupon/redeem`. Never retried: Capillary documents no idempotency key for it, and a multi-use
 * coupon would be redeemed twice by a blind retry. A timeout is returned as an error for the caller to
 * reconcile (look the bill up in the coupon list) before it says anything.
 */
export async function redeem(ctx: ResourceContext, input: RedeemInput): Promise<RedeemOutcome[]> {
  const id = assertCustomerId(input.customerId);
  const codes = assertCouponCodes(input.codes);
  if (!BILL.test(input.billNumber)) throw invalid("Bill numbers are 1-50 printable characters");
  if (!AMOUNT.test(input.billAmount)) throw invalid("Bill amounts are positive with at most two decimals");
  const route = path`/v2/coupon/redeem`;
  const result = await ctx.http({
    method: "POST",
    path: route,
    body: {
      redemptionRequestList: codes.map((code) => ({ code })),
      user: { id: Number(id) },
      transactionNumber: input.billNumber,
      billAmount: input.billAmount,
    },
    attribution: assertAttribution(input.attribution),
    // A refusal of every code may come as a failed status with per-code results: that is an answer.
    isItemAnswer: (body) => (isRedeemableSchema.safeParse(body).data?.redemption.length ?? 0) > 0,
  });
  const body = decode(ctx, redeemSchema, result, route.template);
  const outcomes = body.redemption.flatMap((item) => {
    const parsed = redeemedItemSchema.safeParse(item);
    return parsed.success ? [toRedeemOutcome(parsed.data, body.redemptionStatus)] : [];
  });
  return byCode(codes, outcomes, (code) => ({
    code,
    redeemed: false,
    resultCode: null,
    message: "Capillary did not answer for this code",
    redemptionId: null,
  }));
}

/**
 * `POST /v2/coupon/reactivate` with redemption ids: the documented way to undo a redemption. Capillary
 * answers `{"success": true}` with nothing per id.
 */
export async function reactivate(ctx: ResourceContext, redemptionIds: readonly string[]): Promise<void> {
  if (
    redemptionIds.length === 0 ||
    redemptionIds.length > 20 ||
    redemptionIds.some((r) => !/^[1-9]\d{0,18}$/.test(r))
  )
    throw invalid("Redemption ids are 1-20 positive integers");
  const route = path`/v2/coupon/reactivate`;
  const result = await ctx.http({
    method: "POST",
    path: route,
    body: { redemptionIds: redemptionIds.map(Number) },
  });
  const body = decode(ctx, reactivateSchema, result, route.template);
  if (body.success === false || body.errors.length > 0)
    throw new CapillaryError("invalid_input", "Capillary refused to reactivate the redemption", {
      httpStatus: result.status,
      retryable: false,
      ...(result.requestId ? { requestId: result.requestId } : {}),
    });
}
