import "server-only";

import pRetry from "p-retry";

import type { AuthProvider } from "./auth";
import { createBreaker, DEFAULT_BREAKER, type BreakerOptions } from "./breaker";
import { createCoalescer } from "./coalesce";
import { errorForStatus, readCapillaryCodes } from "./error-body";
import { CapillaryError, isCapillaryError } from "./errors";
import type { Logger } from "./log";
import { noteRequestId } from "./request-ids";
import type { Transport } from "./transport";
import type { Attribution } from "../types";
import { queryString, type CapillaryPath } from "./url";

/**
 * The single request primitive every resource function uses: auth headers (with one token renewal on
 * 401/498), bounded retries for GETs on transient failures, a circuit breaker, coalescing of identical
 * concurrent GETs, typed errors and one-line logs.
 */

export interface RequestSpec {
  method: "GET" | "POST";
  path: CapillaryPath;
  query?: Readonly<Record<string, string | undefined>>;
  body?: unknown;
  /**
   * Batch calls report per item: v1.1's HTTP 500 means "all items failed" and 201 "some failed" (README of
   * the docs), and a refused redemption's status is unconfirmed. When this says a failed status's body
   * carries such items, it is an answer: returned, not retried, never counted by the circuit breaker.
   */
  isItemAnswer?: (body: unknown) => boolean;
  /** Attributes the call to a store or till (Capillary's attribution headers). */
  attribution?: Attribution;
}

export interface CapillaryResult {
  status: number;
  /** Parsed JSON (null for an empty body). */
  body: unknown;
  requestId: string | undefined;
  /** Capillary's HTTP 201: some items failed. Treated as success; the caller may look at warnings. */
  partial: boolean;
}

/** What the people running the app watch about Capillary calls (wired to Prometheus by getCapillary). */
export interface CallObserver {
  /** One attempt: the path template, method, "ok" or the error kind, and how long it took. */
  call(event: { endpoint: string; method: string; outcome: string; seconds: number }): void;
  /** The circuit breaker opened (true) or closed again (false). */
  breaker(open: boolean): void;
}

export interface HttpOptions {
  baseUrl: string;
  auth: AuthProvider;
  transport: Transport;
  timeoutMs: number;
  maxRetries: number;
  /** First backoff step; doubled per retry, jittered. Small in tests. */
  retryBaseDelayMs: number;
  sleep: (ms: number) => Promise<void>;
  logger: Logger;
  /** Circuit breaker thresholds; default `DEFAULT_BREAKER`. */
  breaker?: BreakerOptions;
  observer?: CallObserver;
}

export type CapillaryHttp = (spec: RequestSpec) => Promise<CapillaryResult>;

/** Kinds that are answers, not incidents: logged at info. */
const EXPECTED_KINDS = new Set(["no_coupons", "customer_not_found"]);

/** Equal jitter: half the exponential step fixed, half random, capped at 5 s. */
export function backoffMs(attempt: number, baseMs: number, random: () => number = Math.random): number {
  const step = Math.min(5_000, baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(step / 2 + random() * (step / 2));
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  if (text.trim() === "") return { ok: true, value: null };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

export function createHttp(options: HttpOptions): CapillaryHttp {
  const { auth, transport, logger } = options;

  const logUpstream = (spec: RequestSpec, error: CapillaryError, attempt: number) =>
    logger({
      level: EXPECTED_KINDS.has(error.kind) ? "info" : "warn",
      msg: "Capillary call failed",
      method: spec.method,
      path: spec.path.template,
      status: error.httpStatus,
      capillaryCode: error.capillaryCode,
      kind: error.kind,
      requestId: error.requestId,
      attempt,
    });

  const sendOnce = async (spec: RequestSpec, authHeaders: Record<string, string>) =>
    transport.send({
      method: spec.method,
      url: `${options.baseUrl}${spec.path.path}${queryString(spec.query)}`,
      headers: {
        Accept: "application/json",
        ...(spec.body !== undefined ? { "Content-Type": "application/json" } : {}),
        ...(spec.attribution
          ? {
              "X-CAP-API-ATTRIBUTION-ENTITY-TYPE": spec.attribution.type,
              "X-CAP-API-ATTRIBUTION-ENTITY-CODE": spec.attribution.code,
            }
          : {}),
        ...authHeaders,
      },
      ...(spec.body !== undefined ? { body: JSON.stringify(spec.body) } : {}),
      timeoutMs: options.timeoutMs,
    });

  const observe = (spec: RequestSpec, started: number, outcome: string) =>
    options.observer?.call({
      endpoint: spec.path.template,
      method: spec.method,
      outcome,
      seconds: (performance.now() - started) / 1000,
    });

  const attemptOnce = async (spec: RequestSpec, attempt: number): Promise<CapillaryResult> => {
    const started = performance.now();
    try {
      const first = await auth.headers();
      let response = await sendOnce(spec, first.headers);
      const rejected = (status: number) => status === 401 || status === 498;
      if (rejected(response.status) && auth.invalidate(first.credential)) {
        // Expired (498) or revoked (401) token: one fresh token, one more try, for GET and POST alike.
        logger({
          level: "info",
          msg: "Capillary token rejected; renewing",
          path: spec.path.template,
          status: response.status,
          requestId: response.requestId,
        });
        const renewed = await auth.headers();
        response = await sendOnce(spec, renewed.headers);
      }
      if (rejected(response.status)) {
        logger({
          level: "error",
          msg: "Capillary rejected our credentials: check CAPILLARY_* configuration",
          path: spec.path.template,
          status: response.status,
          requestId: response.requestId,
        });
      }
      const parsed = parseJson(response.text);
      const requestId = response.requestId;
      noteRequestId(requestId);
      if (response.status >= 200 && response.status < 300) {
        if (!parsed.ok) {
          throw new CapillaryError("bad_response", "Capillary sent a body that is not JSON", {
            httpStatus: response.status,
            ...(requestId ? { requestId } : {}),
          });
        }
        const partial = response.status === 201;
        if (partial) {
          logger({
            level: "warn",
            msg: "Capillary partial success (HTTP 201)",
            path: spec.path.template,
            requestId,
          });
        }
        observe(spec, started, "ok");
        return { status: response.status, body: parsed.value, requestId, partial };
      }
      if (parsed.ok && response.status >= 400 && spec.isItemAnswer?.(parsed.value)) {
        logger({
          level: "info",
          msg: "Capillary answered each item with its own failure",
          status: response.status,
          path: spec.path.template,
          requestId,
        });
        observe(spec, started, "item_answers");
        return { status: response.status, body: parsed.value, requestId, partial: true };
      }
      throw errorForStatus(response.status, readCapillaryCodes(parsed.ok ? parsed.value : null), requestId);
    } catch (error) {
      const typed = isCapillaryError(error)
        ? error
        : new CapillaryError("unavailable", "Unexpected failure calling Capillary", { cause: error });
      logUpstream(spec, typed, attempt);
      observe(spec, started, typed.kind);
      throw typed;
    }
  };

  const retried = (spec: RequestSpec): Promise<CapillaryResult> => {
    // Only reads are safe to repeat: a POST that timed out may still have sent an OTP.
    if (spec.method !== "GET" || options.maxRetries === 0) return attemptOnce(spec, 1);
    return pRetry((attempt) => attemptOnce(spec, attempt), {
      retries: options.maxRetries,
      minTimeout: 0, // the wait happens in shouldRetry, through the injectable sleep
      shouldRetry: async ({ error, attemptNumber }) => {
        if (!isCapillaryError(error) || !error.retryable) return false;
        await options.sleep(backoffMs(attemptNumber, options.retryBaseDelayMs));
        return true;
      },
    });
  };

  // The breaker sees a call once, after its retries: 30 % of failed attempts rarely fail a whole call, so
  // flaky answers don't open it, while an outage does within a few calls.
  const breaker = createBreaker(options.breaker ?? DEFAULT_BREAKER, logger, options.observer);
  const coalescer = createCoalescer<CapillaryResult>();

  return (spec) => {
    if (spec.method !== "GET") return breaker(() => retried(spec));
    // One client holds one credential, so method and URL name the answer; the auth kind is kept in the
    // key so that a future second credential cannot share another's answers by mistake.
    const key = `${auth.kind} GET ${spec.path.path}${queryString(spec.query)}`;
    const { promise, joined } = coalescer.run(key, () => breaker(() => retried(spec)));
    if (!joined) return promise;
    // A joiner's own collector (the staff audit log) still records which Capillary call served it.
    return promise.then(
      (result) => {
        noteRequestId(result.requestId);
        return result;
      },
      (error: unknown) => {
        if (isCapillaryError(error)) noteRequestId(error.requestId);
        throw error;
      },
    );
  };
}
