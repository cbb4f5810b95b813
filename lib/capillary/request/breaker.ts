import "server-only";

import { circuitBreaker, ConsecutiveBreaker, handleWhen, isBrokenCircuitError } from "cockatiel";

import { CapillaryError, isCapillaryError } from "./errors";
import type { Logger } from "./log";

export interface BreakerOptions {
  /** Consecutive failed calls (each after its own retries) that open the circuit. */
  failures: number;
  /** How long an open circuit fails fast before letting one probe through. */
  halfOpenAfterMs: number;
}

export const DEFAULT_BREAKER: BreakerOptions = { failures: 5, halfOpenAfterMs: 10_000 };

export type Breaker = <T>(call: () => Promise<T>) => Promise<T>;

/**
 * After repeated failures we stop sending Capillary traffic it cannot answer: an outage then costs each
 * shopper a fast "unavailable" (and their stale wallet) instead of a timeout, and Capillary gets room to
 * recover. Only Capillary's and the network's failures count (timeouts, 5xx, unreachable): a 4xx is an
 * answer, and so is a 429, which is one API key's quota and must not fail every shopper fast. While
 * half-open one probe goes through and other calls wait for its verdict.
 */
function countsAsOutage(error: unknown): boolean {
  return isCapillaryError(error) && error.retryable && error.kind !== "rate_limited";
}

export function createBreaker(
  options: BreakerOptions,
  logger: Logger,
  observer?: { breaker(open: boolean): void },
): Breaker {
  const policy = circuitBreaker(handleWhen(countsAsOutage), {
    halfOpenAfter: options.halfOpenAfterMs,
    breaker: new ConsecutiveBreaker(options.failures),
  });
  policy.onBreak(() => observer?.breaker(true));
  policy.onReset(() => observer?.breaker(false));
  policy.onBreak(() =>
    logger({
      level: "warn",
      msg: "Capillary circuit opened: failing fast",
      failures: options.failures,
      halfOpenAfterMs: options.halfOpenAfterMs,
    }),
  );
  policy.onHalfOpen(() => logger({ level: "info", msg: "Capillary circuit half-open: probing" }));
  policy.onReset(() => logger({ level: "info", msg: "Capillary circuit closed: recovered" }));

  return async (call) => {
    try {
      return await policy.execute(() => call());
    } catch (error) {
      if (!isBrokenCircuitError(error)) throw error;
      throw new CapillaryError("unavailable", "Capillary is unavailable (circuit open)", { cause: error });
    }
  };
}
