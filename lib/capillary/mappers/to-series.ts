import "server-only";

import { parseJsonInString, parseRedemptionRange, toRestrictionList } from "./json-in-string";
import { limitOrNull, nonEmpty, type MapContext } from "./map-context";
import type { RawSeries } from "../schemas/v2-coupon";
import { isAfterEpoch, toInstant } from "./time";
import { toStoreRule } from "./to-store-rule";
import type { DiscountKind, DiscountScope, RedemptionConditions, SeriesSummary } from "../types";

/** Capillary's "no maximum" sentinels: JavaScript's MAX_SAFE_INTEGER (their Long default), 0 and -1. */
function maxBillOrNull(value: number | undefined): number | null {
  if (value === undefined || value <= 0 || value >= Number.MAX_SAFE_INTEGER) return null;
  return value;
}

/** A positive limit, or null for Capillary's "none" (-1, 0) and for absence. */
function positiveOrNull(value: number | undefined): number | null {
  return value !== undefined && value > 0 ? value : null;
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

function toConditions(raw: RawSeries, ctx: MapContext): RedemptionConditions {
  const range = parseRedemptionRange(raw.redemptionRange, ctx.warn);
  const redeemableFrom = toInstant(raw.redemptionValidFrom, ctx.timeZone);
  return {
    minBillAmount: raw.minBillAmount !== undefined && raw.minBillAmount > 0 ? raw.minBillAmount : null,
    maxBillAmount: maxBillOrNull(raw.maxBillAmount),
    daysOfMonth: range.daysOfMonth,
    daysOfWeek: range.daysOfWeek,
    hours: range.hours,
    stores: toStoreRule(storeIds(raw, ctx), raw.redeemStoreType, raw.validRedemptionOrgEntityDetails, ctx),
    validWithDiscountedItems: raw.isValidWithDiscountedItem ?? null,
    redeemableFrom: isAfterEpoch(redeemableFrom) ? redeemableFrom : null,
    redeemableAfterDays: positiveOrNull(raw.redemptionValidAfterDays),
    maxRedemptionsPerShopper: positiveOrNull(raw.maxRedemptionsInSeriesPerUser),
    minDaysBetweenRedemptions: positiveOrNull(raw.minDaysBetweenRedemption),
  };
}

/** Names of brands, products or categories: strings, or objects with a name or code (no example shows one). */
function names(list: unknown[] | undefined): string[] {
  const out: string[] = [];
  for (const entry of list ?? []) {
    const record = typeof entry === "object" && entry !== null ? (entry as Record<string, unknown>) : null;
    const value = record ? (record.name ?? record.code ?? record.id) : entry;
    const text = typeof value === "string" || typeof value === "number" ? nonEmpty(String(value)) : null;
    if (text && !out.includes(text)) out.push(text);
  }
  return out;
}

function toScope(raw: RawSeries): DiscountScope {
  return {
    on: nonEmpty(raw.discountOn),
    brands: names(raw.brands),
    products: names(raw.products),
    categories: names(raw.categories),
  };
}

function validationRequired(raw: RawSeries): boolean | null {
  if (raw.isValidationRequired === undefined && raw.showPinCode === undefined) return null;
  return raw.isValidationRequired === true || raw.showPinCode === true;
}

export function toSeriesSummary(raw: RawSeries, ctx: MapContext): SeriesSummary {
  const standard = raw.customPropertyMap?.standard_terms_and_conditions;
  return {
    id: raw.id,
    description: nonEmpty(raw.description) ?? nonEmpty(raw.info) ?? "",
    termsAndConditions: nonEmpty(raw.termsAndConditions),
    standardTermsAndConditions: typeof standard === "string" ? nonEmpty(standard) : null,
    validTill: toInstant(raw.validTillDate, ctx.timeZone),
    multipleUse: raw.isMultipleUseAllowed ?? null,
    // 0 would mean "never redeemable", which no real series is: read it as "not set" like -1.
    maxRedemptionsPerCoupon:
      raw.redemptionPerCouponMaxLimit === 0 ? null : limitOrNull(raw.redemptionPerCouponMaxLimit),
    conditions: toConditions(raw, ctx),
    scope: toScope(raw),
    transferable: raw.isTransferrable ?? null,
    validationRequired: validationRequired(raw),
  };
}

/** A series we know nothing about but its id: every rule null ("not stated"), never a guess. */
export function unstatedSeries(id: string, description: string): SeriesSummary {
  return {
    id,
    description,
    termsAndConditions: null,
    standardTermsAndConditions: null,
    validTill: null,
    multipleUse: null,
    maxRedemptionsPerCoupon: null,
    conditions: {
      minBillAmount: null,
      maxBillAmount: null,
      daysOfMonth: null,
      daysOfWeek: null,
      hours: null,
      stores: null,
      validWithDiscountedItems: null,
      redeemableFrom: null,
      redeemableAfterDays: null,
      maxRedemptionsPerShopper: null,
      minDaysBetweenRedemptions: null,
    },
    scope: { on: null, brands: [], products: [], categories: [] },
    transferable: null,
    validationRequired: null,
  };
}
