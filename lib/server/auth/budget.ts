import "server-only";

import type { RateLimiterRes } from "rate-limiter-flexible";
import type { BudgetWindow } from "@/lib/server/env";
import { log } from "@/lib/server/log";
import { metrics } from "@/lib/server/metrics";
import { getStore } from "@/lib/server/store";

export type BudgetVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export interface Budget {
  readonly name: string;
  /** Counts one attempt for `key` in every window; allowed only when every window still has room. */
  consume(key: string): Promise<BudgetVerdict>;
  /** Forgets `key`'s attempts (after proof of possession, for instance). */
  reset(key: string): Promise<void>;
}

/**
 * A budget over one or more windows ("5 per minute and 20 per day"), counted in the app's store: in memory,
 * or in Redis so that every instance meets the same limit. Every refusal is one structured log line (the
 * key is never logged: it may be a mobile or an address) and a metric.
 */
export function createBudget(name: string, windows: readonly BudgetWindow[]): Budget {
  const limiters = windows.map((w) =>
    getStore().createLimiter({ keyPrefix: `${name}:${w.seconds}`, points: w.points, duration: w.seconds }),
  );
  return {
    name,
    async consume(key) {
      let wait = 0;
      for (const limiter of limiters) {
        try {
          await limiter.consume(key);
        } catch (rejection) {
          // Duck-typed, not `instanceof RateLimiterRes`: pages and route handlers bundle separate copies of
          // rate-limiter-flexible, and the limiter may have been made by the other copy.
          const ms = (rejection as Partial<RateLimiterRes> | null)?.msBeforeNext;
          if (typeof ms !== "number") throw rejection;
          wait = Math.max(wait, Math.ceil(ms / 1000));
        }
      }
      if (wait === 0) return { allowed: true };
      metrics().budgetRejections.inc({ budget: name });
      log.warn("budget exceeded", { budget: name, retryAfterSeconds: wait });
      return { allowed: false, retryAfterSeconds: Math.max(1, wait) };
    },
    async reset(key) {
      await Promise.all(limiters.map((limiter) => limiter.delete(key)));
    },
  };
}

/** Runs the budgets in order and stops at the first refusal, so a refused attempt spends no later budget. */
export async function consumeAll(checks: ReadonlyArray<[Budget, string]>): Promise<BudgetVerdict> {
  for (const [budget, key] of checks) {
    const verdict = await budget.consume(key);
    if (!verdict.allowed) return verdict;
  }
  return { allowed: true };
}
