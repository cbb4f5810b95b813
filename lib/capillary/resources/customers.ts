import "server-only";

import { readCapillaryCodes } from "../request/error-body";
import { isCapillaryError } from "../request/errors";
import type { CapillaryResult } from "../request/http";
import { decode, type ResourceContext } from "../request/resource-context";
import { customerSchema, lookupSchema } from "../schemas/customer";
import { toCustomerProfile } from "../mappers/to-customer";
import type { CustomerIdentifierType, CustomerProfile } from "../types";
import { path, type CapillaryPath } from "../request/url";
import { assertCustomerId, assertIdentifierType, assertIdentifierValue } from "../request/validate";

export interface CustomerLookup {
  type: CustomerIdentifierType;
  value: string;
}

/** Capillary's "customer not found" (v2 code 8015, or the symbolic name). */
function isNotFoundCode(code: string | number | undefined): boolean {
  return code === 8015 || code === "8015" || code === "CUSTOMER_NOT_FOUND";
}

/**
 * Runs a GET whose "not found" answer means null rather than an error: 8015 or CUSTOMER_NOT_FOUND in any
 * status, or a 404 of its own (these paths exist, so a 404 on them is about the customer, not our URL).
 */
async function getOrNull(
  ctx: ResourceContext,
  route: CapillaryPath,
  query: Record<string, string>,
): Promise<CapillaryResult | null> {
  try {
    const result = await ctx.http({ method: "GET", path: route, query });
    if (readCapillaryCodes(result.body).some(isNotFoundCode)) return null;
    return result;
  } catch (error) {
    if (
      isCapillaryError(error) &&
      (error.kind === "customer_not_found" ||
        isNotFoundCode(error.capillaryCode) ||
        (error.httpStatus === 404 && error.kind === "bad_response"))
    )
      return null;
    throw error;
  }
}

function lookupQuery(lookup: CustomerLookup): Record<string, string> {
  return {
    source: "INSTORE",
    identifierName: assertIdentifierType(lookup.type),
    identifierValue: assertIdentifierValue(lookup.value),
  };
}

/** `GET /v2/customers/lookup` → the customer id, or null when nobody has that identifier. */
export async function lookupCustomerId(ctx: ResourceContext, lookup: CustomerLookup): Promise<string | null> {
  const query = lookupQuery(lookup);
  const route = path`/v2/customers/lookup`;
  const result = await getOrNull(ctx, route, query);
  if (!result) return null;
  const { entity } = decode(ctx, lookupSchema, result, route.template);
  const id = typeof entity === "object" ? entity.id : entity;
  // 0 and -1 are how some endpoints say "none".
  return id !== undefined && /^[1-9]\d*$/.test(id) ? id : null;
}

/** Some v2 customer answers wrap the customer in `entity`, others are the customer itself. */
function unwrapEntity(body: unknown): unknown {
  if (typeof body === "object" && body !== null && "entity" in body) {
    const entity = (body as { entity: unknown }).entity;
    if (typeof entity === "object" && entity !== null) return entity;
  }
  return body;
}

async function profileFrom(
  ctx: ResourceContext,
  route: CapillaryPath,
  query: Record<string, string>,
): Promise<CustomerProfile | null> {
  const result = await getOrNull(ctx, route, query);
  if (!result) return null;
  const customer = decode(
    ctx,
    customerSchema,
    { ...result, body: unwrapEntity(result.body) },
    route.template,
  );
  return toCustomerProfile(customer);
}

/** `GET /v2/customers/lookup/customerDetails` → the profile, or null when nobody has that identifier. */
export async function lookupCustomerDetails(
  ctx: ResourceContext,
  lookup: CustomerLookup,
): Promise<CustomerProfile | null> {
  return profileFrom(ctx, path`/v2/customers/lookup/customerDetails`, lookupQuery(lookup));
}

/** `GET /v2/customers/{customerId}?source=INSTORE` → the profile, or null for an unknown id. */
export async function getCustomerProfile(
  ctx: ResourceContext,
  customerId: string,
): Promise<CustomerProfile | null> {
  const id = assertCustomerId(customerId);
  return profileFrom(ctx, path`/v2/customers/${id}`, { source: "INSTORE" });
}
