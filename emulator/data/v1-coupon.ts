// Renders the v1.1 `/coupon/get` item for a coupon. Docs customer 98662653's items are replayed verbatim;
// every other coupon is translated from its v2 form into v1.1's conventions: string ids and booleans,
// `valid_till` as DD-MM-YYYY, other times as org-local `YYYY-MM-DD HH:MM:SS` without a zone.
import { applyCodeCase, type CodeCase } from "../code-case";
import { toV1Date, toV1DateTime } from "../time";
import type { CodeHit } from "./catalog";
import { DEMO_PINS } from "./demo-coupons";
import type { CustomerProfile, V2Coupon, V2Redemption } from "./types";

const OK_STATUS = { success: "true", code: 700, message: "Coupon processing successful" };

export function unknownCodeItem(code: string) {
  return {
    id: -1,
    code,
    is_absolute: false,
    value: null,
    discount_upto: null,
    pincode: "NULL",
    item_status: { success: "false", code: 705, message: "Both coupon code and validation code are invalid" },
  };
}

function customerOf(p: CustomerProfile) {
  return {
    id: String(p.id),
    name: [p.firstName, p.lastName].filter((s) => s !== "").join(" "),
    mobile: p.mobile ?? null,
    email: p.email ?? null,
    external_id: p.externalId ?? null,
  };
}

/** v1.1 has room for one redemption: it reports the latest, as `redeemed:"true"`, whenever there is one. */
function redemptionOf(r: V2Redemption, p: CustomerProfile) {
  return {
    redeemed: "true",
    id: r.redemptionId,
    redeemed_on: toV1DateTime(new Date(r.redemptionDate)),
    redeemed_at: r.redeemedAtTill.code,
    redeemed_by: {
      firstname: p.firstName,
      lastname: p.lastName,
      email: p.email ?? null,
      mobile: p.mobile ?? null,
    },
    store: { code: r.redeemedAtStore.code, name: r.redeemedAtStore.name },
    transaction: { id: null, bill_number: r.transactionNumber },
  };
}

function fromV2(
  coupon: V2Coupon,
  p: CustomerProfile,
  codeCase: CodeCase,
  custom: unknown,
): Record<string, unknown> {
  const props = custom && typeof custom === "object" ? Object.entries(custom as Record<string, unknown>) : [];
  const redemptions = coupon.redemptionInfo as V2Redemption[];
  const latest = redemptions.length > 0 ? redemptions[redemptions.length - 1] : undefined;
  const item: Record<string, unknown> = {
    id: String(coupon.id),
    code: applyCodeCase(coupon.code, codeCase),
    valid_till: toV1Date(new Date(coupon.validTill)),
    issued_on: toV1DateTime(new Date(coupon.issuedOn)),
    valid_from: toV1DateTime(new Date(coupon.activeFrom)),
    purpose: "",
    custom_properties: { custom_property: props.map(([name, value]) => ({ name, value: String(value) })) },
    series_id: coupon.seriesId,
    is_absolute: coupon.couponDiscountType === "ABS",
    value: coupon.discountValue,
    discount_upto: coupon.discountUpto,
    customer: customerOf(p),
  };
  if (latest && typeof latest === "object" && "redemptionId" in latest)
    item.redemption_info = redemptionOf(latest, p);
  item.pincode = DEMO_PINS.get(coupon.id) ?? "NULL";
  item.issued_store = { code: coupon.issuedAt.code, name: coupon.issuedAt.name };
  item.item_status = { ...OK_STATUS };
  return item;
}

/** `customPropertyMap` is passed in because coupons embed their series without it (only the series API has it). */
export function v1ItemFor(
  hit: CodeHit,
  codeCase: CodeCase,
  customPropertyMap?: unknown,
): Record<string, unknown> {
  if (hit.v1Item) return { ...structuredClone(hit.v1Item), code: applyCodeCase(hit.v1Item.code, codeCase) };
  return fromV2(hit.coupon, hit.customer.profile, codeCase, customPropertyMap);
}
