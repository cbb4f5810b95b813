import "server-only";

import { cookies } from "next/headers";
import type { StaffSession } from "@/lib/server/auth/session";
import { DEVICE_TILL_COOKIE, placeLabel, placeOf, type Place } from "./attribution";

/** The till this request's tablet stands at (its cookie), for redemptions: refused when one is needed and unset. */
export async function placeForRedeem(staff: StaffSession): Promise<Place> {
  return placeOf(staff.staffUser, (await cookies()).get(DEVICE_TILL_COOKIE)?.value);
}

/** The same for look-ups, where an unknown till is just not said. */
export async function placeFromRequest(staff: StaffSession): Promise<string | null> {
  return placeLabel(staff.staffUser, (await cookies()).get(DEVICE_TILL_COOKIE)?.value);
}
