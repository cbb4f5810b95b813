// GET /v2/customers/{customerId}/coupons[?coupon_code_case=LOWER|UPPER|AS_IT_IS]
//
// Success: `{"entity":[coupon...],"warnings":[],"errors":[],"success":true}`; codes and trimmedCode follow
// coupon_code_case (default UPPER). The docs customers are replayed verbatim from the fixtures.
//
// Errors use the emulator's single v2 error shape, with the docs' string error name in `errorCode`:
//   `{"errors":[{"status":false,"code":<int>,"message":"...","errorCode":"<NAME>"}],"warnings":[]}`
//   400 code 8003 INVALID_CUSTOMER_ID   customerId is not a positive integer
//   400 code 400  INVALID_COUPON_CODE_CASE
//   403 code 4000 FORBIDDEN             demo customer 500000099
//   404 code 8015 CUSTOMER_NOT_FOUND
//   404 code 8016 NO_COUPONS_FOUND      the customer exists but holds no coupon
// The numeric codes are the emulator's choice (Capillary documents only the names, plus 8015 for lookups
// and 4000 for access denied): clients should branch on HTTP status + errorCode.
import { applyCodeCase, parseCodeCase } from "../code-case";
import { bulkN } from "../data/bulk";
import { findCustomer } from "../data/catalog";
import { floorToMinute } from "../time";
import { type EmuRequest, type EmuResponse, json, parsePositiveId, v2Error } from "../http";

export const COUPON_ERRORS = {
  INVALID_CUSTOMER_ID: 8003,
  INVALID_COUPON_CODE_CASE: 400,
  FORBIDDEN: 4000,
  CUSTOMER_NOT_FOUND: 8015,
  NO_COUPONS_FOUND: 8016,
} as const;

const SERIALISED = new Map<string, Buffer>();

export function customerCoupons(req: EmuRequest): EmuResponse {
  const raw = req.params.id ?? "";
  const id = parsePositiveId(raw);
  if (id === null) {
    return v2Error(
      400,
      COUPON_ERRORS.INVALID_CUSTOMER_ID,
      `Invalid customer id: ${raw}`,
      "INVALID_CUSTOMER_ID",
    );
  }
  const codeCase = parseCodeCase(req.query.get("coupon_code_case"));
  if (codeCase === null) {
    return v2Error(
      400,
      COUPON_ERRORS.INVALID_COUPON_CODE_CASE,
      "coupon_code_case must be LOWER, UPPER or AS_IT_IS",
      "INVALID_COUPON_CODE_CASE",
    );
  }
  const customer = findCustomer(id);
  if (!customer)
    return v2Error(404, COUPON_ERRORS.CUSTOMER_NOT_FOUND, `Customer ${id} not found`, "CUSTOMER_NOT_FOUND");
  if (customer.forbidden) return v2Error(403, COUPON_ERRORS.FORBIDDEN, "Access denied", "FORBIDDEN");
  // Bulk answers only change once a minute and are expensive to serialise (≈3 kB per coupon): benchmarks
  // repeat them, so keep the last few serialised.
  const cacheKey = bulkN(id) === null ? null : `${id}|${codeCase}|${floorToMinute(req.now).getTime()}`;
  const cached = cacheKey === null ? undefined : SERIALISED.get(cacheKey);
  if (cached !== undefined) return { status: 200, body: undefined, raw: cached };
  const coupons = customer.coupons(req.now);
  if (coupons.length === 0)
    return v2Error(
      404,
      COUPON_ERRORS.NO_COUPONS_FOUND,
      `No coupons found for customer ${id}`,
      "NO_COUPONS_FOUND",
    );
  // Shallow copies: bulk lists are cached and must keep their stored codes.
  const entity = coupons.map((c) => ({
    ...c,
    code: applyCodeCase(c.code, codeCase),
    trimmedCode: applyCodeCase(c.trimmedCode, codeCase),
  }));
  const body = { entity, warnings: [], errors: [], success: true };
  if (cacheKey === null) return json(200, body);
  const serialised = Buffer.from(JSON.stringify(body));
  if (SERIALISED.size >= 4) SERIALISED.delete(SERIALISED.keys().next().value as string);
  SERIALISED.set(cacheKey, serialised);
  return { status: 200, body, raw: serialised };
}
