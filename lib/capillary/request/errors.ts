import "server-only";

/**
 * The one error type that leaves `lib/capillary/`. Callers branch on `kind`, never on HTTP statuses or
 * Capillary's codes, so a change of Capillary's error shapes stays inside this folder.
 *
 * Messages are ours and safe to log: they never contain an upstream body, a token or a password.
 */
export type CapillaryErrorKind =
  | "invalid_input"
  | "invalid_customer_id"
  | "customer_not_found"
  | "no_coupons"
  | "not_authorised"
  | "forbidden"
  | "rate_limited"
  | "unavailable"
  | "timeout"
  | "bad_response";

export interface CapillaryErrorOptions {
  httpStatus?: number;
  capillaryCode?: string | number;
  requestId?: string;
  retryable?: boolean;
  cause?: unknown;
}

/**
 * Capillary (or the network to it) is failing, not answering: worth another try of an idempotent call, and
 * worth covering with a saved copy. Everything else is an answer about the request.
 */
export const OUTAGE_KINDS: ReadonlySet<CapillaryErrorKind> = new Set([
  "rate_limited",
  "unavailable",
  "timeout",
]);

/** True when the error says Capillary is failing rather than answering. */
export function isOutage(error: unknown): error is CapillaryError {
  return isCapillaryError(error) && OUTAGE_KINDS.has(error.kind);
}

export class CapillaryError extends Error {
  override readonly name = "CapillaryError";
  readonly kind: CapillaryErrorKind;
  readonly httpStatus?: number;
  readonly capillaryCode?: string | number;
  readonly requestId?: string;
  readonly retryable: boolean;

  constructor(kind: CapillaryErrorKind, message: string, options: CapillaryErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.kind = kind;
    if (options.httpStatus !== undefined) this.httpStatus = options.httpStatus;
    if (options.capillaryCode !== undefined) this.capillaryCode = options.capillaryCode;
    if (options.requestId !== undefined) this.requestId = options.requestId;
    this.retryable = options.retryable ?? OUTAGE_KINDS.has(kind);
  }
}

/**
 * By shape as well as by class: Next bundles pages and route handlers separately, each with its own copy of
 * this module, while the client (a process singleton) is made by whichever ran first. An error thrown by
 * the page's copy must still read as Capillary's in a route (a saved wallet covers the outage) and back.
 */
export function isCapillaryError(value: unknown): value is CapillaryError {
  if (value instanceof CapillaryError) return true;
  return (
    value instanceof Error &&
    value.name === "CapillaryError" &&
    typeof (value as { kind?: unknown }).kind === "string" &&
    typeof (value as { retryable?: unknown }).retryable === "boolean"
  );
}
