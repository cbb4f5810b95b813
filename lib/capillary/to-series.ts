import "server-only";

import { parseJsonInString, parseRedemptionRange, toRestrictionList } from "./json-in-string";
import { limitOrNull, nonEmpty, type MapContext } from "./map-context";
import type { RawSeries } from "./schemas/v2-coupon";
import { isAfterEpoch, toInstant } from "./time";
import type { DiscountKind, RedemptionConditions, SeriesSummary } from "./types";

/** Capillary's "no maximum" sentinels: JavaScript's MAX_SAFE_INTEGER (their Long default), 0 and -1. */
export function maxBillOrNull(value: number | undefined): number | null {
  if (value === undefined || value <= 0 || value >= Number.MAX_SAFE_INTEGER) return null;
  return value;
}

/** "ABS"/"PERC" (and long spellings) → our kind; anything else → undefined so the caller can fall back. */
export function toDiscountKind(value: unknown): DiscountKind | undefined {
  if (typeof value !== "string") return undefined;
  const text = value.trim().toUpperCase();
  if (text === "ABS" || text === "ABSOLUTE") return "ABSOLUTE";
  if (text === "PERC" || text === "PERCENT" || text === "PERCENTAGE") return "PERCENT";
  return undefined;
}

function storeIds(raw: RawSeries, ctx: MapContext): number[] | null {
  // `redeemAtStore` is the field the docs describe as "stores where redemption is allowed"; `storeIdsJson`
  // usually mirrors it. The first one that actually restricts wins.
  const fromRedeemAt = toRestrictionList(
    parseJsonInString(raw.redeemAtStore, "redeemAtStore", ctx.warn),
    "redeemAtStore",
    ctx.warn,
  );
  if (fromRedeemAt) return fromRedeemAt;
  return toRestrictionList(
    parseJsonInString(raw.storeIdsJson, "storeIdsJson", ctx.warn),
    "storeIdsJson",
    ctx.warn,
  );
}

export function toConditions(raw: RawSeries, ctx: MapContext): RedemptionConditions {
  const range = parseRedemptionRange(raw.redemptionRange, ctx.warn);
  const redeemableFrom = toInstant(raw.redemptionValidFrom, ctx.timeZone);
  return {
    minBillAmount: raw.minBillAmount !== undefined && raw.minBillAmount > 0 ? raw.minBillAmount : null,
    maxBillAmount: maxBillOrNull(raw.maxBillAmount),
    daysOfMonth: range.daysOfMonth,
    daysOfWeek: range.daysOfWeek,
    hours: range.hours,
    storeIds: storeIds(raw, ctx),
    validWithDiscountedItems: raw.isValidWithDiscountedItem ?? false,
    redeemableFrom: isAfterEpoch(redeemableFrom) ? redeemableFrom : null,
  };
}

export function toSeriesSummary(raw: RawSeries, ctx: MapContext): SeriesSummary {
  const standard = raw.customPropertyMap?.standard_terms_and_conditions;
  return {
    id: raw.id,
    description: nonEmpty(raw.description) ?? nonEmpty(raw.info) ?? "",
    termsAndConditions: nonEmpty(raw.termsAndConditions),
    standardTermsAndConditions: typeof standard === "string" ? nonEmpty(standard) : null,
    validTill: toInstant(raw.validTillDate, ctx.timeZone),
    // 0 would mean "never redeemable", which no real series is: read it as "not set" like -1.
    maxRedemptionsPerCoupon:
      raw.redemptionPerCouponMaxLimit === 0 ? null : limitOrNull(raw.redemptionPerCouponMaxLimit),
    conditions: toConditions(raw, ctx),
  };
}
