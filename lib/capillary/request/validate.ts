import "server-only";

import { CapillaryError } from "./errors";
import type { CustomerIdentifierType } from "../types";

/**
 * Inputs are checked before any request: nothing malformed reaches Capillary (no wasted rate limit, no
 * odd characters in URLs), and the caller gets `invalid_input` instead of whatever Capillary would say.
 * Messages name the rule, never echo the value (it may be a shopper's phone number).
 */

const CUSTOMER_ID = /^[1-9][0-9]{0,18}$/;
const COUPON_CODE = /^[A-Za-z0-9_-]{1,64}$/;
const SERIES_ID = /^[1-9][0-9]{0,18}$/;
const OTP_CODE = /^[A-Za-z0-9]{1,16}$/;
// Identifier values go in a query string (encoded), but control characters never belong in one.
const CONTROL = /[\u0000-\u001f\u007f]/;

const MAX_CODES_PER_CALL = 20;
const IDENTIFIER_TYPES: readonly CustomerIdentifierType[] = ["mobile", "email", "externalId", "cardnumber"];

const invalid = (message: string) => new CapillaryError("invalid_input", message, { retryable: false });

export function assertCustomerId(value: unknown): string {
  if (typeof value !== "string" || !CUSTOMER_ID.test(value)) {
    throw invalid("Customer id must be a positive integer of at most 19 digits");
  }
  return value;
}

export function assertCouponCodes(values: unknown): string[] {
  if (!Array.isArray(values) || values.length === 0) throw invalid("At least one coupon code is required");
  if (values.length > MAX_CODES_PER_CALL)
    throw invalid(`At most ${MAX_CODES_PER_CALL} coupon codes per call`);
  const codes: string[] = [];
  for (const value of values) {
    if (typeof value !== "string" || !COUPON_CODE.test(value)) {
      throw invalid("Coupon codes are 1-64 letters, digits, '-' or '_'");
    }
    if (!codes.includes(value)) codes.push(value);
  }
  return codes;
}

export function assertSeriesIds(values: unknown): string[] {
  if (!Array.isArray(values)) throw invalid("Series ids must be a list");
  const ids: string[] = [];
  for (const value of values) {
    const text = typeof value === "number" && Number.isSafeInteger(value) ? String(value) : value;
    if (typeof text !== "string" || !SERIES_ID.test(text))
      throw invalid("Series ids must be positive integers");
    if (!ids.includes(text)) ids.push(text);
  }
  return ids;
}

export function assertIdentifierValue(value: unknown): string {
  if (typeof value !== "string") throw invalid("Identifier value must be a string");
  const trimmed = value.trim();
  if (trimmed.length === 0 || trimmed.length > 128 || CONTROL.test(trimmed)) {
    throw invalid("Identifier value must be 1-128 printable characters");
  }
  return trimmed;
}

export function assertIdentifierType(value: unknown): CustomerIdentifierType {
  if (!IDENTIFIER_TYPES.includes(value as CustomerIdentifierType)) {
    throw invalid(`Identifier type must be one of ${IDENTIFIER_TYPES.join(", ")}`);
  }
  return value as CustomerIdentifierType;
}

export function assertOtpEntityType(value: unknown): "MOBILE" | "EMAIL" {
  if (value !== "MOBILE" && value !== "EMAIL") throw invalid('OTP entity type must be "MOBILE" or "EMAIL"');
  return value;
}

export function assertOtpCode(value: unknown): string {
  if (typeof value !== "string" || !OTP_CODE.test(value.trim()))
    throw invalid("OTP code must be 1-16 letters or digits");
  return value.trim();
}

export function assertCodeCase(value: unknown): "UPPER" | "LOWER" | "AS_IT_IS" | undefined {
  if (value === undefined) return undefined;
  if (value !== "UPPER" && value !== "LOWER" && value !== "AS_IT_IS") {
    throw invalid('Code case must be "UPPER", "LOWER" or "AS_IT_IS"');
  }
  return value;
}
