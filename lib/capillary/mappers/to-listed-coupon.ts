import "server-only";

import { nonEmpty, type MapContext } from "./map-context";
import type { RawListedCoupon } from "../schemas/coupon-list";
import { toInstant } from "./time";
import { toRedemption, toStore } from "./to-redemption";
import { toDiscountKind, unstatedSeries } from "./to-series";
import { toUseLimit } from "./to-uses";
import type { Coupon, Instant, ListedCoupon, SeriesSummary } from "../types";

const MIDNIGHT = /^(\d{4}-\d{2}-\d{2})T00:00:00(Z|[+-]\d{2}:\d{2})$/;

/**
 * The expiry: `validTillDateTime` when sent; otherwise `validTill`, which carries the expiry *date* at
 * midnight, read as the end of that day in its own offset (the per-customer endpoint sends the same
 * coupons of customer 345635529 with `validTill` 23:59:59 of that date).
 */
function expiry(raw: RawListedCoupon, ctx: MapContext): Instant | null {
  const exact = toInstant(raw.validTillDateTime, ctx.timeZone);
  if (exact) return exact;
  const dated = toInstant(raw.validTill, ctx.timeZone);
  const midnight = dated ? MIDNIGHT.exec(dated) : null;
  return midnight ? `${midnight[1]}T23:59:59${midnight[2]}` : dated;
}

/** One coupon of the paginated list, before its series is known. */
export function toListedCoupon(raw: RawListedCoupon, customerId: string, ctx: MapContext): ListedCoupon {
  const kind = toDiscountKind(raw.discountType);
  if (!kind) ctx.warn("Listed coupon without a readable discount type; showing it as an amount", {});
  const redemptions = raw.redemptions.map((entry) => toRedemption(entry, ctx));
  const issuing = nonEmpty(raw.transactionNumber);
  return {
    id: raw.id,
    code: raw.code,
    seriesId: raw.seriesId ?? "",
    title: nonEmpty(raw.description) ?? raw.code,
    description: nonEmpty(raw.description) ?? "",
    discount: {
      kind: kind ?? "ABSOLUTE",
      value: raw.discountValue ?? 0,
      cap: raw.discountUpto !== undefined && raw.discountUpto > 0 ? raw.discountUpto : null,
    },
    // `createdDateISO` first: in the EU examples `createdDate` is local time labelled UTC (§1 quirks).
    issuedOn: toInstant(raw.createdDateISO ?? raw.createdDate, ctx.timeZone),
    activeFrom: null,
    validTill: expiry(raw, ctx),
    redeemed: (raw.redemptionCount ?? 0) > 0 || redemptions.length > 0,
    redemptions,
    reversedRedemptions: raw.reversedRedemptions.map((entry) => toRedemption(entry, ctx)),
    issuedAt: toStore(raw.issuedAt),
    customerId,
    issuingTransaction: issuing === "0" ? null : issuing,
    reportedUses: {
      redemptionsLeft: raw.redemptionsLeft ?? null,
      redemptionCount: Math.max(raw.redemptionCount ?? 0, redemptions.length),
    },
  };
}

/** A listed coupon completed with its series (from the series cache); uses are read with the series. */
export function withSeries(listed: ListedCoupon, series: SeriesSummary | undefined): Coupon {
  const { reportedUses, reversedRedemptions: _reversed, issuingTransaction: _issuing, ...coupon } = listed;
  return {
    ...coupon,
    title: nonEmpty(series?.description) ?? listed.title,
    uses: toUseLimit({
      redemptionsLeft: reportedUses.redemptionsLeft ?? undefined,
      multipleUse: series?.multipleUse ?? undefined,
      perCouponLimit: series?.maxRedemptionsPerCoupon ?? null,
      redemptionCount: reportedUses.redemptionCount,
      redeemedFlag: listed.redeemed,
    }),
    series: series ?? unstatedSeries(listed.seriesId, listed.description),
  };
}
