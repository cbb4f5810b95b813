// GET /v1.1/coupon/get?issuedToIds=1,2&code=A,B&coupon_code_case=
// One item per requested code, in request order, in v1.1's envelope. Codes match ignoring case (the docs: the
// query is not case sensitive); coupon_code_case decides how codes are written back. With issuedToIds,
// coupons of other customers count as unknown (705).
//
// v1.1 reports per item: HTTP 200 when at least one item is found (the docs' own example mixes 700 and 705
// items under 200), HTTP 500 with `response.status.code` 500 when every item failed ("500 = all failed").
// Invalid requests (no code, bad issuedToIds, bad coupon_code_case) answer HTTP 400 in the same envelope:
// `{"response":{"status":{"success":"false","status":"false","code":400,"message":...},"coupons":{"coupon":[]}}}`.
import { parseCodeCase } from "../code-case";
import { findByCode, findSeries } from "../data/catalog";
import { unknownCodeItem, v1ItemFor } from "../data/v1-coupon";
import { type EmuRequest, type EmuResponse, json, listParam, parsePositiveId } from "../http";
import { withLedger } from "../ledger";
import type { EmulatorState } from "../state";

function envelope(status: number, message: string, coupons: unknown[]): EmuResponse {
  const ok = status === 200;
  return json(status, {
    response: {
      status: { success: String(ok), status: String(ok), code: status, message },
      coupons: { coupon: coupons },
    },
  });
}

export function couponGet(req: EmuRequest, state: EmulatorState): EmuResponse {
  const codes = listParam(req.query, "code");
  if (codes.length === 0) return envelope(400, "code is required", []);
  const codeCase = parseCodeCase(req.query.get("coupon_code_case"));
  if (codeCase === null) return envelope(400, "coupon_code_case must be LOWER, UPPER or AS_IT_IS", []);
  const rawIds = listParam(req.query, "issuedToIds");
  const issuedTo = rawIds.map(parsePositiveId);
  if (issuedTo.some((id) => id === null)) return envelope(400, "issuedToIds must be customer ids", []);

  const items = codes.map((code) => {
    const hit = findByCode(code, req.now).find(
      (h) => issuedTo.length === 0 || issuedTo.includes(h.customer.profile.id),
    );
    if (!hit) return unknownCodeItem(code);
    const custom = hit.coupon ? findSeries(hit.coupon.seriesId, req.now)?.customPropertyMap : undefined;
    const now = hit.coupon
      ? { ...hit, coupon: withLedger(hit.coupon, hit.customer.profile.id, state.ledger) }
      : hit;
    return v1ItemFor(now, codeCase, custom);
  });
  const allFailed = items.every((item) => item.id === -1);
  return allFailed ? envelope(500, "All requests failed", items) : envelope(200, "Success", items);
}
