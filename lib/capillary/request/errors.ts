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
 * Also duck-typed: pages and route handlers may bundle separate copies of this module, and the process-wide
 * client (`processSingleton`) throws the errors of whichever copy made it first, so `instanceof` alone
 * missed them in a route whose copy came second (its outages then answered 500, not "can't reach").
 */
export function isCapillaryError(value: unknown): value is CapillaryError {
  if (value instanceof CapillaryError) return true;
  return (
    value instanceof Error &&
    value.name === "CapillaryError" &&
    typeof (value as { kind?: unknown }).kind === "string"
  );
}
