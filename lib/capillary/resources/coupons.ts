import "server-only";

import { errorForStatus, readCapillaryCodes } from "../request/error-body";
import { isCapillaryError } from "../request/errors";
import { mapContextFor, decode, type ResourceContext } from "../request/resource-context";
import { couponSchema, listEnvelopeSchema } from "../schemas/v2-coupon";
import { toCoupon } from "../mappers/to-coupon";
import type { Coupon, CouponCodeCase } from "../types";
import { path } from "../request/url";
import { assertCodeCase, assertCustomerId } from "../request/validate";

/**
 * A customer's wallet: `GET /v2/customers/{customerId}/coupons`, each coupon with its series embedded.
 * `NO_COUPONS_FOUND` is an empty wallet, not a failure. A single unreadable coupon is left out (and
 * logged) rather than costing the shopper every other coupon.
 */
export async function listCustomerCoupons(
  ctx: ResourceContext,
  customerId: string,
  options: { codeCase?: CouponCodeCase } = {},
): Promise<Coupon[]> {
  const id = assertCustomerId(customerId);
  const codeCase = assertCodeCase(options.codeCase);
  const route = path`/v2/customers/${id}/coupons`;
  let result;
  try {
    result = await ctx.http({ method: "GET", path: route, query: { coupon_code_case: codeCase } });
  } catch (error) {
    if (isCapillaryError(error) && error.kind === "no_coupons") return [];
    throw error;
  }
  // An empty wallet may also come as a 2xx without `entity`; an error code in such a body still counts.
  if (result.body === null || (typeof result.body === "object" && !("entity" in result.body))) {
    const codes = readCapillaryCodes(result.body);
    if (codes.length === 0) return [];
    const error = errorForStatus(result.status, codes, result.requestId);
    if (error.kind === "no_coupons") return [];
    throw error;
  }
  const envelope = decode(ctx, listEnvelopeSchema, result, route.template);
  const mapCtx = mapContextFor(ctx, route.template, result.requestId);
  const coupons: Coupon[] = [];
  envelope.entity.forEach((item, index) => {
    const parsed = couponSchema.safeParse(item);
    if (!parsed.success) {
      mapCtx.warn("Skipping a coupon Capillary sent in an unexpected shape", {
        index,
        issues: parsed.error.issues.slice(0, 3).map((issue) => issue.path.join(".")),
      });
      return;
    }
    coupons.push(toCoupon(parsed.data, id, mapCtx));
  });
  return coupons;
}
