// GET /v1.1/coupon/get?issuedToIds=1,2&code=A,B&coupon_code_case=
// One item per requested code, in request order, in v1.1's envelope. Matching is exact against the stored
// code after coupon_code_case; with issuedToIds, coupons of other customers count as unknown (705).
//
// HTTP status and `response.status.code` are always 200 when the request itself is valid, even if some or
// all items are 705: the docs' own example mixes 700 and 705 items under 200, and we replay it exactly.
// (beyond-the-seeds mentions 201/500 for partial/total failure; clients must read each item_status anyway.)
// Invalid requests (no code, bad issuedToIds, bad coupon_code_case) answer HTTP 400 with
// `{"response":{"status":{"success":"false","status":"false","code":400,"message":...},"coupons":{"coupon":[]}}}`.
import { parseCodeCase } from "../code-case";
import { findByCode, findSeries } from "../data/catalog";
import { unknownCodeItem, v1ItemFor } from "../data/v1-coupon";
import { type EmuRequest, type EmuResponse, json, listParam, parsePositiveId } from "../http";

function envelope(status: number, message: string, coupons: unknown[]): EmuResponse {
  const ok = status === 200;
  return json(status, {
    response: {
      status: { success: String(ok), status: String(ok), code: status, message },
      coupons: { coupon: coupons },
    },
  });
}

export function couponGet(req: EmuRequest): EmuResponse {
  const codes = listParam(req.query, "code");
  if (codes.length === 0) return envelope(400, "code is required", []);
  const codeCase = parseCodeCase(req.query.get("coupon_code_case"));
  if (codeCase === null) return envelope(400, "coupon_code_case must be LOWER, UPPER or AS_IT_IS", []);
  const rawIds = listParam(req.query, "issuedToIds");
  const issuedTo = rawIds.map(parsePositiveId);
  if (issuedTo.some((id) => id === null)) return envelope(400, "issuedToIds must be customer ids", []);

  const items = codes.map((code) => {
    const hit = findByCode(code, codeCase, req.now).find(
      (h) => issuedTo.length === 0 || issuedTo.includes(h.customer.profile.id),
    );
    if (!hit) return unknownCodeItem(code);
    const custom = hit.coupon ? findSeries(hit.coupon.seriesId, req.now)?.customPropertyMap : undefined;
    return v1ItemFor(hit, codeCase, custom);
  });
  return envelope(200, "Success", items);
}
