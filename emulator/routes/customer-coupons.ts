// GET /v2/customers/{customerId}/coupons[?coupon_code_case=LOWER|UPPER|AS_IT_IS]
//
// Success: `{"entity":[coupon...],"warnings":[],"errors":[],"success":true}`; codes and trimmedCode follow
// coupon_code_case (default UPPER). The docs customers are replayed verbatim from the fixtures.
//
// Errors, in the docs' v2 envelope with the docs' error names (numbers and wording: data/inventions.ts):
//   400 INVALID_CUSTOMER_ID        customerId is not a positive integer
//   400 INVALID_COUPON_CODE_CASE
//   403 FORBIDDEN (code 4000, and `errorCode: 4000` at the top, as the docs describe access denied)
//   404 CUSTOMER_NOT_FOUND (8015)
//   404 NO_COUPONS_FOUND           the customer exists but holds no coupon
import { applyCodeCase, parseCodeCase } from "../code-case";
import { bulkN } from "../data/bulk";
import { findCustomer } from "../data/catalog";
import { floorToMinute } from "../time";
import { couponsNow } from "../customer-coupons-now";
import { type EmuRequest, type EmuResponse, json, namedV2Error, parsePositiveId } from "../http";
import type { EmulatorState } from "../state";

const SERIALISED = new Map<string, Buffer>();

export function customerCoupons(req: EmuRequest, state: EmulatorState): EmuResponse {
  const raw = req.params.id ?? "";
  const id = parsePositiveId(raw);
  if (id === null) {
    return namedV2Error(400, "INVALID_CUSTOMER_ID", `Invalid customer id: ${raw}`);
  }
  const codeCase = parseCodeCase(req.query.get("coupon_code_case"));
  if (codeCase === null) {
    return namedV2Error(400, "INVALID_COUPON_CODE_CASE", "coupon_code_case must be LOWER, UPPER or AS_IT_IS");
  }
  const customer = findCustomer(id);
  if (!customer) return namedV2Error(404, "CUSTOMER_NOT_FOUND", `Customer ${id} not found`);
  if (customer.forbidden) return namedV2Error(403, "FORBIDDEN", "Access denied", { errorCode: 4000 });
  // Bulk answers only change once a minute and are expensive to serialise (≈3 kB per coupon): benchmarks
  // repeat them, so keep the last few serialised.
  const cacheKey =
    bulkN(id) === null
      ? null
      : `${id}|${codeCase}|${floorToMinute(req.now).getTime()}|${state.ledger.version}`;
  const cached = cacheKey === null ? undefined : SERIALISED.get(cacheKey);
  if (cached !== undefined) return { status: 200, body: undefined, raw: cached };
  const coupons = couponsNow(customer, state, req.now);
  if (coupons.length === 0)
    return namedV2Error(404, "NO_COUPONS_FOUND", `No coupons found for customer ${id}`);
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
