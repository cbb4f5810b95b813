import "server-only";

import type { Attribution } from "@/lib/capillary";
import { getEnv, type TillChoice } from "@/lib/server/env";
import { ApiError } from "@/lib/server/http/api-error";

/** The cookie a tablet keeps its till in: which till a device stands at is not a secret. */
export const DEVICE_TILL_COOKIE = "cw-till";

export const tillKey = (till: Attribution) => `${till.type}:${till.code}`;

/** The configured till a device's cookie names, or undefined. */
export function deviceTill(cookieValue: string | undefined): TillChoice | undefined {
  return getEnv().till.tills.find((till) => tillKey(till) === cookieValue);
}

export interface Place {
  attribution: Attribution | undefined;
  /** What the shopper's activity page and the audit say: the till's label, or null when unattributed. */
  label: string | null;
}

/** Where a redemption by this member of staff on this device is credited (STAFF_ATTRIBUTION). */
export function placeOf(staffUser: string, cookieValue: string | undefined): Place {
  const { attribution, accountTills, tills } = getEnv().till;
  if (attribution === "account") {
    const till = accountTills.get(staffUser);
    if (!till) throw new ApiError("forbidden", "api.noTillForAccount");
    const label = tills.find((t) => tillKey(t) === tillKey(till))?.label ?? till.code;
    return { attribution: till, label };
  }
  if (attribution === "device") {
    const till = deviceTill(cookieValue);
    if (!till) throw new ApiError("bad_request", "api.chooseTill");
    return { attribution: { type: till.type, code: till.code }, label: till.label };
  }
  return { attribution: undefined, label: null };
}

/** For look-ups: the place if one is known, never an error. */
export function placeLabel(staffUser: string, cookieValue: string | undefined): string | null {
  try {
    return placeOf(staffUser, cookieValue).label;
  } catch {
    return null;
  }
}
