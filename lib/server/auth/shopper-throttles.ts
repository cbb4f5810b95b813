import "server-only";
import { processSingleton } from "@/lib/server/singleton";
import { RateLimiterRes } from "rate-limiter-flexible";
import { getStore } from "@/lib/server/store";

export interface Throttle {
  /** Counts one attempt for `key`; says whether it is allowed and, if not, how long until it is. */
  consume(key: string): Promise<{ allowed: true } | { allowed: false; retryAfterSeconds: number }>;
  reset(key: string): Promise<void>;
}

/**
 * Counts live in the app's store (`lib/store`): in memory by default, in Redis when `REDIS_URL` is set, so
 * that a caller spreading attempts over several instances still meets one limit.
 */
export function createThrottle(name: string, points: number, windowSeconds: number): Throttle {
  const limiter = getStore().createLimiter({ keyPrefix: name, points, duration: windowSeconds });
  return {
    async consume(key) {
      try {
        await limiter.consume(key);
        return { allowed: true };
      } catch (rejection) {
        if (rejection instanceof RateLimiterRes) {
          return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)) };
        }
        throw rejection;
      }
    },
    async reset(key) {
      await limiter.delete(key);
    },
  };
}

const FIFTEEN_MINUTES = 15 * 60;

// Capillary's default OTP policy is 5 tries per 15 minutes per entity; we enforce the same in front of it so
// a shopper gets our clear message before Capillary's lock-out, and sending codes is bounded the same way.
export function getSignInThrottles(): { sendCode: Throttle; verifyCode: Throttle } {
  return processSingleton("shopper-throttles", () => ({
    sendCode: createThrottle("otp-send", 5, FIFTEEN_MINUTES),
    verifyCode: createThrottle("otp-verify", 5, FIFTEEN_MINUTES),
  }));
}
