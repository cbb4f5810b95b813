import "server-only";
import { processSingleton } from "@/lib/server/singleton";
import { createThrottle, type Throttle } from "@/lib/server/auth/shopper-throttles";

const FIFTEEN_MINUTES = 15 * 60;

export const STAFF_LOOKUPS_PER_MINUTE = 60;

/**
 * Sign-in attempts per username and address (reset by a success, so it counts failures in a row), and
 * lookups per member of staff: a console that reads personal data must not become a way to harvest it.
 */
export function getStaffThrottles(): { signIn: Throttle; signInUser: Throttle; lookup: Throttle } {
  return processSingleton("staff-throttles", () => ({
    signIn: createThrottle("staff-sign-in", 5, FIFTEEN_MINUTES),
    // X-Forwarded-For is only as honest as the proxy in front: a looser per-username cap backs it up.
    signInUser: createThrottle("staff-sign-in-user", 20, FIFTEEN_MINUTES),
    lookup: createThrottle("staff-lookup", STAFF_LOOKUPS_PER_MINUTE, 60),
  }));
}
