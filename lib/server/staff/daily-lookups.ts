import "server-only";

import type { RateLimiterRes } from "rate-limiter-flexible";
import { getEnv } from "@/lib/server/env";
import { ApiError } from "@/lib/server/http/api-error";
import { processSingleton } from "@/lib/server/singleton";
import { getStore } from "@/lib/server/store";
import { audit } from "./audit";

/** Share of the day's cap at which a review is warned, before anyone is refused. */
const WARN_AT = 0.8;

const limiter = () =>
  processSingleton("staff-daily-lookups", () =>
    getStore().createLimiter({
      keyPrefix: "staff-daily-lookups",
      points: getEnv().till.dailyLookupCap,
      // Keyed by the store's calendar day below; two days of life covers any zone's day.
      duration: 2 * 86_400,
    }),
  );

/** The store's calendar date: the cap is "per working day" where the staff work, not per UTC day. */
function storeDay(now: number): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: getEnv().capillary.orgTimeZone }).format(now);
}

/**
 * Counts one look-up against the member of staff's daily cap. At 80% an audit line says so (once); past
 * the cap look-ups are refused until the next day: a console is for serving the queue, not for reading
 * the customer base.
 */
export async function countDailyLookup(staffUser: string, now = Date.now()): Promise<void> {
  const cap = getEnv().till.dailyLookupCap;
  let used: number;
  try {
    used = (await limiter().consume(`${staffUser}:${storeDay(now)}`)).consumedPoints;
  } catch (rejection) {
    if (typeof (rejection as Partial<RateLimiterRes> | null)?.msBeforeNext !== "number") throw rejection;
    audit({
      staffUser,
      action: "lookup_cap",
      query: { cap: String(cap) },
      result: "refused",
      requestIds: [],
    });
    throw new ApiError("throttled", { key: "api.dailyLookupLimit", values: { cap } });
  }
  if (used === Math.ceil(cap * WARN_AT))
    audit({
      staffUser,
      action: "lookup_cap",
      query: { cap: String(cap), used: String(used) },
      result: "warned_80_percent",
      requestIds: [],
    });
}
