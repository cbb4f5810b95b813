// The small request/response model every route works with, so routes stay pure functions of their input
// and the node:http plumbing lives in one place (server.ts).
import type { IncomingHttpHeaders } from "node:http";
import { errorCodeFor, namedErrorMessage, type ErrorName } from "./data/inventions";

/** Marks a body that was sent but is not JSON, so routes can tell it from "no body". */
export const INVALID_JSON = Symbol("invalid-json");

export interface EmuRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  body: unknown;
  params: Record<string, string>;
  /** The emulator clock at the moment the request arrived. */
  now: Date;
}

export interface EmuResponse {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
  /** `body` already serialised, when a route caches large answers (bulk coupon lists). */
  raw?: Buffer;
}

export function json(status: number, body: unknown): EmuResponse {
  return { status, body };
}

export interface V2ErrorItem {
  status: false;
  code: number;
  message: string;
}

/**
 * The v2 error envelope the docs give: `{"errors":[{status:false,code,message}],"warnings":[]}`, with extra
 * top-level fields where the docs show them (`entity:false` for OTP, `errorCode` on a 403).
 */
export function v2Error(
  status: number,
  code: number,
  message: string,
  extra: Record<string, unknown> = {},
): EmuResponse {
  const item: V2ErrorItem = { status: false, code, message };
  return { status, body: { ...extra, errors: [item], warnings: [] } };
}

/** An error the docs name by symbol (NO_COUPONS_FOUND, ...): code and wording from inventions.ts. */
export function namedV2Error(
  status: number,
  name: ErrorName,
  sentence: string,
  extra: Record<string, unknown> = {},
): EmuResponse {
  return v2Error(status, errorCodeFor(name), namedErrorMessage(name, sentence), extra);
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Values of a query parameter that may be comma separated and/or repeated, in order, blanks dropped. */
export function listParam(query: URLSearchParams, name: string): string[] {
  return query
    .getAll(name)
    .flatMap((v) => v.split(","))
    .map((v) => v.trim())
    .filter((v) => v !== "");
}

/** A positive safe integer written in plain digits, else null. */
export function parsePositiveId(raw: string): number | null {
  if (!/^\d{1,16}$/.test(raw)) return null;
  const n = Number(raw);
  return Number.isSafeInteger(n) && n > 0 ? n : null;
}
