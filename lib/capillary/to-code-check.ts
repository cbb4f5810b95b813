import "server-only";

import { limitOrNull, nonEmpty, type MapContext } from "./map-context";
import type { RawV1Coupon } from "./schemas/v1-coupon";
import { toEndOfDayInstant, toInstant } from "./time";
import { toRedemption, toStore } from "./to-redemption";
import type { CodeCheck } from "./types";

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
  };
}

/**
 * Pairs answers with the codes asked for, in request order: exact match first (the lower-mixed example
 * answers `wl2zbjzk` and `WL2ZBJZK` differently), then case-insensitive (`coupon_code_case` may recase
 * codes). A code with no answer at all is "unknown" rather than silently missing.
 */
export function pairWithRequestedCodes(
  requested: readonly string[],
  answers: readonly CodeCheck[],
): CodeCheck[] {
  const unused = [...answers];
  const take = (predicate: (answer: CodeCheck) => boolean) => {
    const index = unused.findIndex(predicate);
    return index === -1 ? undefined : unused.splice(index, 1)[0];
  };
  const exact = new Map<string, CodeCheck>();
  for (const code of requested) {
    const answer = take((a) => a.code === code);
    if (answer) exact.set(code, answer);
  }
  return requested.map(
    (code) =>
      exact.get(code) ??
      take((a) => a.code.toLowerCase() === code.toLowerCase()) ?? {
        kind: "unknown",
        code,
        statusCode: 0,
        message: "Capillary did not answer for this code",
      },
  );
}
