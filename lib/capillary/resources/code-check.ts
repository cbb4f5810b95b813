import "server-only";

import { mapContextFor, decode, type ResourceContext } from "../request/resource-context";
import { v1CouponGetEnvelopeSchema, v1CouponSchema } from "../schemas/v1-coupon";
import { pairWithRequestedCodes, toCodeCheck } from "../mappers/to-code-check";
import type { CodeCheck, CouponCodeCase } from "../types";
import { path } from "../request/url";
import { assertCodeCase, assertCouponCodes, assertCustomerId } from "../request/validate";

export interface CheckCouponCodesInput {
  codes: readonly string[];
  /** When given, Capillary only answers for coupons issued to this customer. */
  customerId?: string;
  codeCase?: CouponCodeCase;
}

/**
 * `GET /v1.1/coupon/get?issuedToIds=&code=A,B&coupon_code_case=`: one `CodeCheck` per distinct code, in
 * the order asked. v1.1 reports per item (`item_status`), so an unknown code is an answer, not an error.
 */
export async function checkCouponCodes(
  ctx: ResourceContext,
  input: CheckCouponCodesInput,
): Promise<CodeCheck[]> {
  const codes = assertCouponCodes(input.codes);
  const customerId = input.customerId === undefined ? undefined : assertCustomerId(input.customerId);
  const codeCase = assertCodeCase(input.codeCase);
  const route = path`/v1.1/coupon/get`;
  const result = await ctx.http({
    method: "GET",
    path: route,
    query: { issuedToIds: customerId, code: codes.join(","), coupon_code_case: codeCase },
    isItemAnswer: (body) =>
      (v1CouponGetEnvelopeSchema.safeParse(body).data?.response.coupons?.coupon.length ?? 0) > 0,
  });
  const envelope = decode(ctx, v1CouponGetEnvelopeSchema, result, route.template);
  const mapCtx = mapContextFor(ctx, route.template, result.requestId);
  const answers: CodeCheck[] = [];
  for (const item of envelope.response.coupons?.coupon ?? []) {
    const parsed = v1CouponSchema.safeParse(item);
    if (parsed.success) answers.push(toCodeCheck(parsed.data, mapCtx));
    else mapCtx.warn("Skipping a v1.1 coupon item in an unexpected shape", {});
  }
  return pairWithRequestedCodes(codes, answers);
}
