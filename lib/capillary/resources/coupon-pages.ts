import "server-only";

import { CapillaryError } from "../request/errors";
import { decode, mapContextFor, type ResourceContext } from "../request/resource-context";
import { couponListEnvelopeSchema, listedCouponSchema } from "../schemas/coupon-list";
import { toListedCoupon } from "../mappers/to-listed-coupon";
import type { CouponCodeCase, CouponListStatus, CouponPage, ListedCoupon } from "../types";
import { path } from "../request/url";
import { assertCodeCase, assertCustomerId } from "../request/validate";

const STATUSES: ReadonlySet<CouponListStatus> = new Set([
  "ACTIVE",
  "REDEEMED",
  "UNREDEEMED",
  "EXPIRED",
  "ACTIVE_REDEEMED",
  "ACTIVE_UNREDEEMED",
  "EXPIRED_REDEEMED",
  "EXPIRED_UNREDEEMED",
  "REDEEMABLE",
]);
/** The docs give 100 as the default page and no maximum; we never ask for more than the default. */
const MAX_PAGE_SIZE = 100;
const BILL = /^[\x21-\x7e][\x20-\x7e]{0,49}$/;

export interface CouponPageQuery {
  customerId: string;
  status?: CouponListStatus;
  limit?: number;
  offset?: number;
  codeCase?: CouponCodeCase;
  /** Coupons linked to these bills (documented as the issuing bill; redemption bills unconfirmed). */
  transactionNumbers?: readonly string[];
  includeReversedRedemptions?: boolean;
}

const invalid = (message: string) => new CapillaryError("invalid_input", message, { retryable: false });

function assertPage(query: CouponPageQuery) {
  const limit = query.limit ?? MAX_PAGE_SIZE;
  const offset = query.offset ?? 0;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_SIZE)
    throw invalid(`limit must be 1-${MAX_PAGE_SIZE}`);
  if (!Number.isInteger(offset) || offset < 0 || offset > 1_000_000)
    throw invalid("offset must be 0 or more");
  if (query.status !== undefined && !STATUSES.has(query.status))
    throw invalid("Unknown coupon status filter");
  const bills = query.transactionNumbers ?? [];
  if (bills.length > 20 || bills.some((bill) => !BILL.test(bill) || bill.includes(",")))
    throw invalid("Bill numbers are 1-50 printable characters without commas, at most 20");
  return { limit, offset, bills };
}

/**
 * One page of `GET /v2/customers/coupons?id=…&status=…&limit=…&offset=…` (next-endpoints §1). The list
 * embeds no series: callers complete each coupon with `withSeries` once the series are known.
 */
export async function listCouponPage(ctx: ResourceContext, query: CouponPageQuery): Promise<CouponPage> {
  const id = assertCustomerId(query.customerId);
  const codeCase = assertCodeCase(query.codeCase);
  const { limit, offset, bills } = assertPage(query);
  const route = path`/v2/customers/coupons`;
  const result = await ctx.http({
    method: "GET",
    path: route,
    query: {
      id,
      status: query.status,
      limit: String(limit),
      offset: String(offset),
      coupon_code_case: codeCase,
      transaction_numbers: bills.length > 0 ? bills.join(",") : undefined,
      include_reversed_redemptions: query.includeReversedRedemptions ? "true" : undefined,
    },
  });
  const envelope = decode(ctx, couponListEnvelopeSchema, result, route.template);
  const mapCtx = mapContextFor(ctx, route.template, result.requestId);
  // One customer is addressed per call; the answer still wraps it in a list.
  const customer = envelope.entity.customers.find((c) => c.id === id) ?? envelope.entity.customers[0];
  const coupons: ListedCoupon[] = [];
  for (const item of customer?.coupons ?? []) {
    const parsed = listedCouponSchema.safeParse(item);
    if (parsed.success) coupons.push(toListedCoupon(parsed.data, id, mapCtx));
    else mapCtx.warn("Skipping a listed coupon in an unexpected shape", {});
  }
  const pagination = envelope.entity.pagination;
  return {
    coupons,
    total: pagination?.total ?? null,
    offset: pagination?.offset ?? offset,
    limit: pagination?.limit ?? limit,
  };
}
