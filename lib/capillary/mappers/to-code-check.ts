import "server-only";

import { limitOrNull, nonEmpty, type MapContext } from "./map-context";
import type { RawV1Coupon } from "../schemas/v1-coupon";
import { toEndOfDayInstant, toInstant } from "./time";
import { toRedemption, toStore } from "./to-redemption";
import type { CodeCheck } from "../types";

/** v1.1 item status meaning "processed fine"; 705 and other 7xx mean Capillary has no such coupon for us. */
const ITEM_OK = 700;

/**
 * One item of `/v1.1/coupon/get`. An item is "found" only when it has a real id and an OK status; `id: -1`
 * with 705 ("Both coupon code and validation code are invalid") becomes "unknown" with Capillary's message.
 */
export function toCodeCheck(raw: RawV1Coupon, ctx: MapContext): CodeCheck {
  const statusCode = raw.item_status?.code ?? (raw.item_status?.success === false ? 0 : ITEM_OK);
  const realId = raw.id !== undefined && raw.id !== "-1" && Number(raw.id) > 0;
  if (!realId || statusCode !== ITEM_OK || raw.item_status?.success === false) {
    return {
      kind: "unknown",
      code: raw.code,
      statusCode,
      message: nonEmpty(raw.item_status?.message) ?? "Capillary does not know this code",
    };
  }
  const standard = raw.custom_properties?.custom_property.find(
    (p) => p.name === "standard_terms_and_conditions",
  );
  const redemptionInfo = raw.redemption_info;
  const customer = raw.customer;
  return {
    kind: "found",
    code: raw.code,
    couponId: raw.id ?? "",
    seriesId: raw.series_id ?? null,
    discount: {
      kind: raw.is_absolute === false ? "PERCENT" : "ABSOLUTE",
      value: raw.value ?? 0,
      cap: raw.discount_upto !== undefined && raw.discount_upto > 0 ? limitOrNull(raw.discount_upto) : null,
    },
    validFrom: toInstant(raw.valid_from ?? raw.issued_on, ctx.timeZone),
    validTill: toEndOfDayInstant(raw.valid_till, ctx.timeZone),
    customer: customer
      ? {
          id: customer.id ?? null,
          name: nonEmpty(customer.name),
          mobile: nonEmpty(customer.mobile),
          email: nonEmpty(customer.email),
        }
      : null,
    // v1.1 sends `redemption_info` only for redeemed coupons, but "redeemed": "false" is honoured too.
    redemption:
      redemptionInfo && redemptionInfo.redeemed !== false ? toRedemption(redemptionInfo, ctx) : null,
    issuedStore: toStore(raw.issued_store),
    standardTermsAndConditions: nonEmpty(standard?.value),
    hasPin: hasPin(raw.pincode),
  };
}

/** v1.1 writes "NULL" (a string) for "no validation code". */
function hasPin(pincode: string | undefined): boolean {
  const value = nonEmpty(pincode);
  return value !== null && value.toUpperCase() !== "NULL";
}

/**
 * Pairs answers with the codes asked for, in request order. Capillary matches codes without regard to case
 * but may answer in another case (`coupon_code_case`), and the docs' LOWER example answers one code twice:
 * found as `wl2zbjzk` and 705 as `WL2ZBJZK`. So for each code the best answer wins: a found coupon with the
 * same spelling, then a found coupon in any case, then an unknown answer with the same spelling, then in any
 * case. Each answer is used once; a code with no answer at all is "unknown" rather than silently missing.
 */
export function pairWithRequestedCodes(
  requested: readonly string[],
  answers: readonly CodeCheck[],
): CodeCheck[] {
  const unused = [...answers];
  const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
  const preferences: Array<(code: string, answer: CodeCheck) => boolean> = [
    (code, a) => a.kind === "found" && a.code === code,
    (code, a) => a.kind === "found" && same(a.code, code),
    (code, a) => a.code === code,
    (code, a) => same(a.code, code),
  ];
  const chosen = new Map<number, CodeCheck>();
  for (const prefer of preferences) {
    requested.forEach((code, index) => {
      if (chosen.has(index)) return;
      const at = unused.findIndex((answer) => prefer(code, answer));
      if (at !== -1) chosen.set(index, unused.splice(at, 1)[0]!);
    });
  }
  return requested.map(
    (code, index) =>
      chosen.get(index) ?? {
        kind: "unknown",
        code,
        statusCode: 0,
        message: "Capillary did not answer for this code",
      },
  );
}
