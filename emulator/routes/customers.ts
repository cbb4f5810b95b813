// Customer lookup and profile:
//   GET /v2/customers/lookup?source=INSTORE&identifierName=mobile|email|externalId|cardnumber&identifierValue=
//     → `{"entity":<customerId>,"warnings":[]}`
//   GET /v2/customers/lookup/customerDetails (same parameters) and GET /v2/customers/{id}?source=INSTORE
//     → `{"entity":{id, profiles:[{firstName,lastName,identifiers:[{type,value}]}], ...},"warnings":[]}`
//     (by id: the customer itself, not wrapped in `entity`, as the docs' example shows)
// Not found: HTTP 404, `{"errors":[{"status":false,"code":8015,"message":"CUSTOMER_NOT_FOUND: …"}],"warnings":[]}`.
// Bad parameters: HTTP 400 (codes in data/inventions.ts).
// identifierName is case-insensitive; email compares case-insensitively; mobile compares digits only
// (so "+91 90000 00001" finds 919000000001) and a 10-digit number also matches with `91` in front.
import { findCustomer, findCustomerByIdentifier, parseIdentifierName } from "../data/catalog";
import type { CustomerProfile, CustomerRecord } from "../data/types";
import { type EmuRequest, type EmuResponse, json, namedV2Error, parsePositiveId } from "../http";

const notFound = () => namedV2Error(404, "CUSTOMER_NOT_FOUND", "Customer not found");

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
    return namedV2Error(
      400,
      "INVALID_IDENTIFIER",
      "identifierName must be mobile, email, externalId or cardnumber",
    );
  const value = req.query.get("identifierValue") ?? "";
  if (value.trim() === "") return namedV2Error(400, "INVALID_IDENTIFIER", "identifierValue is required");
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
  if (id === null) return namedV2Error(400, "INVALID_CUSTOMER_ID", `Invalid customer id: ${raw}`);
  const customer = findCustomer(id);
  // Not wrapped in `entity`: the docs' example of this endpoint is the customer itself.
  return customer ? json(200, { ...profileEntity(customer.profile), warnings: [] }) : notFound();
}
