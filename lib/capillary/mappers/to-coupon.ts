import "server-only";

import { nonEmpty, type MapContext } from "./map-context";
import type { RawCoupon, RawSeries } from "../schemas/v2-coupon";
import { toInstant } from "./time";
import { toRedemption, toStore } from "./to-redemption";
import { toDiscountKind, toSeriesSummary } from "./to-series";
import { toUseLimit } from "./to-uses";
import type { Coupon, Discount } from "../types";

/**
 * Discount kind: the coupon's `couponDiscountType` first, then the series' string `discountType`. The
 * coupon's own `discountType` is a deprecated boolean whose meaning the docs don't give, so it is ignored.
 * The value: `discountValueAsDouble` first, since `discountValue` is documented as an integer (12.5 % would
 * read 12 %).
 */
function toDiscount(raw: RawCoupon, series: RawSeries | undefined, ctx: MapContext): Discount {
  let kind = toDiscountKind(raw.couponDiscountType) ?? toDiscountKind(series?.discountType);
  if (!kind) {
    ctx.warn("Coupon without a readable discount type; showing it as an amount", { couponId: raw.id });
    kind = "ABSOLUTE";
  }
  const value = raw.discountValueAsDouble ?? raw.discountValue ?? series?.discountValue ?? 0;
  const upto = raw.discountUpto ?? series?.discountUpto;
  return { kind, value, cap: upto !== undefined && upto > 0 ? upto : null };
}

/** When the embedded series is missing or unreadable, a summary from what the coupon itself says. */
function fallbackSeries(raw: RawCoupon, seriesId: string): RawSeries {
  return { id: seriesId, description: raw.seriesName ?? raw.description };
}

/**
 * One coupon of `/v2/customers/{customerId}/coupons`. `customerId` is the id we asked for, used when the
 * coupon does not say whom it was issued to.
 */
export function toCoupon(raw: RawCoupon, customerId: string, ctx: MapContext): Coupon {
  const rawSeries = raw.series ?? raw.couponSeries;
  const seriesId = raw.seriesId ?? rawSeries?.id ?? "";
  const series = toSeriesSummary(rawSeries ?? fallbackSeries(raw, seriesId), ctx);
  const validTill = toInstant(raw.validTill, ctx.timeZone);
  if (raw.validTill !== undefined && validTill === null)
    ctx.warn("Unreadable coupon validTill", { couponId: raw.id });
  const title =
    nonEmpty(rawSeries?.description) ?? nonEmpty(raw.description) ?? nonEmpty(raw.seriesName) ?? raw.code;
  const redemptions = raw.redemptionInfo.map((entry) => toRedemption(entry, ctx));
  const redeemedFlag = raw.redeemed ?? raw.isRedeemed ?? false;
  return {
    id: raw.id,
    code: raw.code, // as Capillary sent it: `coupon_code_case` decides, and staff type what shoppers show
    seriesId,
    title,
    description: nonEmpty(raw.description) ?? nonEmpty(rawSeries?.description) ?? "",
    discount: toDiscount(raw, rawSeries, ctx),
    issuedOn: toInstant(raw.issuedOn ?? raw.createdDate, ctx.timeZone),
    activeFrom: toInstant(raw.activeFrom, ctx.timeZone),
    validTill,
    uses: toUseLimit({
      redemptionsLeft: raw.redemptionsLeft,
      multipleUse: rawSeries?.isMultipleUseAllowed,
      perCouponLimit: series.maxRedemptionsPerCoupon,
      redemptionCount: redemptions.length,
      redeemedFlag,
    }),
    redeemed: redeemedFlag || redemptions.length > 0,
    redemptions,
    issuedAt: toStore(raw.issuedAt),
    customerId: raw.issuedTo ?? customerId,
    series,
  };
}
