import "server-only";

import { CapillaryError, type CapillaryErrorKind } from "./errors";

/**
 * Reading Capillary's error answers. The documentation shows the code in several places (a number or a
 * string, in `errors[0].code`, `errors[0].errorCode`, a top-level `errorCode`, or only in the message text),
 * so we look everywhere and keep the first hit. Nothing of the body leaves this file except that code.
 */

/** Symbolic codes that may only appear inside a message, e.g. "NO_COUPONS_FOUND: customer has none". */
const SYMBOLIC_CODES = ["NO_COUPONS_FOUND", "CUSTOMER_NOT_FOUND", "INVALID_CUSTOMER_ID"] as const;

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === "object" && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

function asCode(value: unknown): string | number | undefined {
  if (typeof value === "number" && Number.isFinite(value)) return value;
  if (typeof value === "string" && value.trim() !== "") {
    const trimmed = value.trim();
    return /^-?\d+$/.test(trimmed) ? Number(trimmed) : trimmed;
  }
  return undefined;
}

/** Every code-like value in an error body, most specific first. */
export function readCapillaryCodes(body: unknown): Array<string | number> {
  const codes: Array<string | number> = [];
  const push = (value: unknown) => {
    const code = asCode(value);
    if (code !== undefined && !codes.includes(code)) codes.push(code);
  };
  const root = asRecord(body);
  if (!root) return codes;
  const texts: string[] = [];
  const errors = Array.isArray(root.errors) ? root.errors : [];
  for (const item of errors) {
    const error = asRecord(item);
    if (!error) continue;
    push(error.code);
    push(error.errorCode);
    if (typeof error.message === "string") texts.push(error.message);
  }
  push(root.errorCode);
  push(root.code);
  // v1.1 envelope: {"response": {"status": {"code": ...}}}
  const v11Status = asRecord(asRecord(root.response)?.status);
  if (v11Status) push(v11Status.code);
  for (const key of ["message", "error", "errorMessage"]) {
    const text = root[key];
    if (typeof text === "string") texts.push(text);
  }
  for (const text of texts) {
    // "No coupons found", "no_coupons_found: …", "NO-COUPONS-FOUND" all name the same case.
    const words = text.toUpperCase().replace(/[^A-Z0-9]+/g, "_");
    for (const symbol of SYMBOLIC_CODES) if (words.includes(symbol)) push(symbol);
  }
  return codes;
}

const has = (codes: Array<string | number>, ...wanted: Array<string | number>) =>
  codes.some((code) =>
    wanted.includes(typeof code === "string" ? code.toUpperCase().replace(/[^A-Z0-9]+/g, "_") : code),
  );

/** A failed HTTP status (not 2xx) plus the codes read from its body → our error. */
export function errorForStatus(
  status: number,
  codes: Array<string | number>,
  requestId: string | undefined,
): CapillaryError {
  const known = (kind: CapillaryErrorKind, message: string, retryable?: boolean) =>
    new CapillaryError(kind, message, {
      httpStatus: status,
      ...(codes[0] !== undefined ? { capillaryCode: codes[0] } : {}),
      ...(requestId !== undefined ? { requestId } : {}),
      ...(retryable !== undefined ? { retryable } : {}),
    });

  if (has(codes, "NO_COUPONS_FOUND")) return known("no_coupons", "The customer has no coupons");
  if (has(codes, "CUSTOMER_NOT_FOUND", 8015))
    return known("customer_not_found", "Capillary knows no such customer");
  if (has(codes, "INVALID_CUSTOMER_ID"))
    return known("invalid_customer_id", "Capillary rejected the customer id");
  if (status === 429 || has(codes, 429)) return known("rate_limited", "Capillary rate limit reached");
  if (status === 401 || status === 498)
    return known("not_authorised", "Capillary did not accept our credentials");
  if (status === 403 || has(codes, 4000))
    return known("forbidden", "Capillary denied access to this resource");
  if (status >= 500) {
    // 501/505 will not get better by asking again; 500, 502-504, 521 (busy customer) and friends may.
    const retryable = status !== 501 && status !== 505;
    return known("unavailable", `Capillary answered HTTP ${status}`, retryable);
  }
  if (status === 400 || status === 409 || status === 422)
    return known("invalid_input", "Capillary rejected the request");
  // An unexplained 404 is more likely a wrong base URL or path than a real "not found": do not guess.
  return known("bad_response", `Unexpected HTTP ${status} from Capillary`);
}
