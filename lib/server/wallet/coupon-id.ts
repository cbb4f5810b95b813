import "server-only";

import { ApiError } from "@/lib/server/http/api-error";

/** Capillary's coupon ids are positive integers; anything else in the path is refused before any look-up. */
export function parseCouponId(raw: string): string {
  if (!/^[1-9]\d{0,18}$/.test(raw)) throw new ApiError("bad_request", "api.notCouponId");
  return raw;
}
