import "server-only";

import { getCapillary, isCapillaryError, type Redeemability } from "@/lib/capillary";
import { createBudget } from "@/lib/server/auth/budget";
import { getEnv } from "@/lib/server/env";
import { ApiError } from "@/lib/server/http/api-error";
import { log } from "@/lib/server/log";
import { processSingleton } from "@/lib/server/singleton";
import { getStore } from "@/lib/server/store";
import type { DisplaySettings } from "@/lib/shared/display-types";
import type { Wording } from "@/lib/shared/i18n/translate";
import { answerUsableHere, type UsableHereAnswer } from "@/lib/shared/coupons/usable-here";
import { getOwnCoupon } from "./get-wallet";

/** Long enough that tapping again (or a second tab) costs Capillary nothing, short enough to stay true. */
const VERDICT_CACHE_MS = 30_000;

const budget = () =>
  processSingleton("usable-here-budget", () => createBudget("usable-here", getEnv().limits.usableHere));

/** Capillary's verdict on the code for this shopper, kept briefly per coupon; null when Capillary fails. */
async function verdictFor(customerId: string, couponId: string, code: string): Promise<Redeemability | null> {
  const key = `usable-here:${customerId}:${couponId}`;
  const cached = await getStore().get<Redeemability>(key);
  if (cached) return cached;
  try {
    const [verdict] = await getCapillary().checkRedeemable({ customerId, codes: [code] });
    if (verdict) void getStore().set(key, verdict, VERDICT_CACHE_MS);
    return verdict ?? null;
  } catch (error) {
    if (!isCapillaryError(error)) throw error;
    log.warn("is_redeemable failed; answering from the coupon's rules", { kind: error.kind });
    return null;
  }
}

/** "Can I use this here, now?" for one of the signed-in shopper's own coupons. */
export async function usableHere(
  customerId: string,
  couponId: string,
  display: DisplaySettings & Wording,
): Promise<UsableHereAnswer> {
  const allowed = await budget().consume(customerId);
  if (!allowed.allowed) throw new ApiError("throttled", "api.usableHereThrottled", allowed.retryAfterSeconds);
  const coupon = await getOwnCoupon(customerId, couponId);
  if (!coupon) throw new ApiError("not_found", "api.couponNotInWallet");
  const verdict = await verdictFor(customerId, couponId, coupon.code);
  return answerUsableHere({
    coupon,
    verdict,
    now: Date.now(),
    display,
    orgTimeZone: getEnv().capillary.orgTimeZone,
  });
}
