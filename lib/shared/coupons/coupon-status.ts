// Where a coupon stands for the shopper right now.
//
// Computed only from instants (see `parseInstant`), so a coupon expires at the same moment for a shopper in
// Kolkata, in Los Angeles and on the server.

import type { Coupon, UseLimit } from "@/lib/capillary";
import type { Translate } from "@/lib/shared/i18n/translate";
import { parseInstant } from "./instant";
import { usableFrom, type UsableFromInput } from "./usable-from";

export type CouponStatus = "active" | "expiring" | "not_yet_active" | "used" | "expired";

/**
 * How far ahead "expires soon" looks: Google Wallet's rule of thumb for expiry reminders is about 48 hours,
 * long enough to plan a visit to the shop, short enough not to cry wolf.
 */
export const EXPIRING_SOON_MS = 48 * 60 * 60 * 1000;

/** The fields the status depends on; a whole `Coupon` fits. */
export type StatusInput = UsableFromInput & Pick<Coupon, "validTill" | "uses">;

/**
 * True when the coupon has no uses left. Unlimited is never used up, and a coupon whose uses Capillary
 * does not state is not called used: hiding a valid coupon in the Used tab is the worse mistake.
 */
export function isUsedUp(uses: UseLimit): boolean {
  return uses.kind === "counted" && uses.left <= 0;
}

/**
 * The coupon's status at `now`. First match wins:
 *
 * 1. `used`: no uses left. Checked before expiry: a coupon redeemed in full and later past its date is
 *    remembered by the shopper as one they *used*, and it belongs in the Used tab, not Expired.
 * 2. `expired`: `validTill <= now`. At the exact instant of `validTill` the coupon is already expired:
 *    Capillary's example expiries are `23:59:59`, the last valid second being the one before.
 * 3. `not_yet_active`: Capillary will not redeem it yet (`usableFrom` > now: the coupon's `activeFrom` or
 *    the series' redemption start), so it is usable from that instant itself. This beats `expiring`: a
 *    coupon that cannot be used yet is not worth urging.
 * 4. `expiring`: `validTill - now <= EXPIRING_SOON_MS` (exactly 48 hours ahead counts as expiring).
 * 5. `active`.
 *
 * A missing (null) or unreadable date means "no such limit".
 */
export function getCouponStatus(coupon: StatusInput, now: Date | number): CouponStatus {
  const nowMs = typeof now === "number" ? now : now.getTime();
  if (isUsedUp(coupon.uses)) return "used";

  const validTill = parseInstant(coupon.validTill);
  if (validTill !== null && validTill <= nowMs) return "expired";

  const from = usableFrom(coupon);
  if (from !== null && from > nowMs) return "not_yet_active";

  if (validTill !== null && validTill - nowMs <= EXPIRING_SOON_MS) return "expiring";
  return "active";
}

/** Words for a status badge (messages: coupon.status.*). */
export function statusLabel(status: CouponStatus, t: Translate): string {
  return t(`coupon.status.${status}`);
}
