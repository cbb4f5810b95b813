// Customer lookup and profile:
//   GET /v2/customers/lookup?source=INSTORE&identifierName=mobile|email|externalId|cardnumber&identifierValue=
//     → `{"entity":<customerId>,"warnings":[]}`
//   GET /v2/customers/lookup/customerDetails (same parameters) and GET /v2/customers/{id}?source=INSTORE
//     → `{"entity":{id, profiles:[{firstName,lastName,identifiers:[{type,value}]}], ...},"warnings":[]}`
// Not found: HTTP 404, `{"errors":[{"status":false,"code":8015,"message":"Customer not found"}],"warnings":[]}`.
// Bad parameters: HTTP 400 with code 400 (identifier) or 8003 (customer id).
// identifierName is case-insensitive; email compares case-insensitively; mobile compares digits only
// (so "+91 90000 00001" finds 919000000001) and a 10-digit number also matches with `91` in front.
import { findCustomer, findCustomerByIdentifier, parseIdentifierName } from "../data/catalog";
import type { CustomerProfile, CustomerRecord } from "../data/types";
import { type EmuRequest, type EmuResponse, json, parsePositiveId, v2Error } from "../http";

export const CUSTOMER_NOT_FOUND_CODE = 8015;

const notFound = () => v2Error(404, CUSTOMER_NOT_FOUND_CODE, "Customer not found", "CUSTOMER_NOT_FOUND");

function profileEntity(p: CustomerProfile) {
  const identifiers = (["mobile", "email", "externalId", "cardnumber"] as const)
    .filter((type) => p[type] !== undefined)
    .map((type) => ({ type, value: p[type] as string }));
  return {
    id: p.id,
    profiles: [{ firstName: p.firstName, lastName: p.lastName, source: "INSTORE", identifiers, fields: {} }],
    loyaltyInfo: { loyaltyType: "loyalty" },
    extendedFields: {},
  };
}

function lookup(req: EmuRequest): CustomerRecord | EmuResponse {
  const name = parseIdentifierName(req.query.get("identifierName"));
  if (!name)
    return v2Error(
      400,
      400,
      "identifierName must be mobile, email, externalId or cardnumber",
      "INVALID_IDENTIFIER",
    );
  const value = req.query.get("identifierValue") ?? "";
  if (value.trim() === "") return v2Error(400, 400, "identifierValue is required", "INVALID_IDENTIFIER");
  return findCustomerByIdentifier(name, value) ?? notFound();
}

export function customerLookup(req: EmuRequest): EmuResponse {
  const found = lookup(req);
  return "profile" in found ? json(200, { entity: found.profile.id, warnings: [] }) : found;
}

export function customerLookupDetails(req: EmuRequest): EmuResponse {
  const found = lookup(req);
  return "profile" in found ? json(200, { entity: profileEntity(found.profile), warnings: [] }) : found;
}

export function customerById(req: EmuRequest): EmuResponse {
  const raw = req.params.id ?? "";
  const id = parsePositiveId(raw);
  if (id === null) return v2Error(400, 8003, `Invalid customer id: ${raw}`, "INVALID_CUSTOMER_ID");
  const customer = findCustomer(id);
  return customer ? json(200, { entity: profileEntity(customer.profile), warnings: [] }) : notFound();
}
