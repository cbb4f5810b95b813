import "server-only";

import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Coupon } from "@/lib/capillary";
import { createBudget } from "@/lib/server/auth/budget";
import { getWordedDisplay } from "@/lib/server/display-settings";
import { getEnv } from "@/lib/server/env";
import { ApiError } from "@/lib/server/http/api-error";
import { processSingleton } from "@/lib/server/singleton";
import { getOwnCoupon } from "@/lib/server/wallet/get-wallet";
import { buildApplePass } from "./apple-pass";
import { passContent } from "./content";
import { googleSaveLink } from "./google-pass";

const budget = () => processSingleton("pass-budget", () => createBudget("passes", getEnv().limits.passes));

/** The shopper's own coupon, after counting the request against their pass budget (signing costs work). */
async function ownCouponForPass(customerId: string, couponId: string): Promise<Coupon> {
  const allowed = await budget().consume(customerId);
  if (!allowed.allowed) throw new ApiError("throttled", "api.passesThrottled", allowed.retryAfterSeconds);
  const coupon = await getOwnCoupon(customerId, couponId);
  if (!coupon) throw new ApiError("not_found", "api.couponNotInWallet");
  return coupon;
}

/** The app's icon (public/ is beside the server in every build, the standalone one too). */
const icon = () =>
  processSingleton("pass-icon", () => readFile(path.join(process.cwd(), "public", "apple-touch-icon.png")));

/** A signed `.pkpass` of one of the shopper's own coupons; refused when Apple's certificates aren't configured. */
export async function applePassFor(customerId: string, couponId: string, walletUrl: string): Promise<Buffer> {
  const { passes } = getEnv();
  if (!passes.apple) throw new ApiError("not_found", "api.passesNotOffered");
  const coupon = await ownCouponForPass(customerId, couponId);
  return buildApplePass({
    config: passes.apple,
    organizationName: passes.organizationName,
    serialNumber: `coupon-${coupon.id}`,
    content: passContent(coupon, await getWordedDisplay(), Date.now()),
    icon: await icon(),
    walletUrl,
  });
}

/** The Google Wallet save link for one of the shopper's own coupons; refused when no issuer is configured. */
export async function googleSaveLinkFor(
  customerId: string,
  couponId: string,
  origin: string,
): Promise<string> {
  const { passes } = getEnv();
  if (!passes.google) throw new ApiError("not_found", "api.passesNotOffered");
  const coupon = await ownCouponForPass(customerId, couponId);
  return googleSaveLink({
    config: passes.google,
    organizationName: passes.organizationName,
    objectSuffix: `coupon-${coupon.id}`,
    classSuffix: `series-${coupon.seriesId}`,
    content: passContent(coupon, await getWordedDisplay(), Date.now()),
    origin,
    now: Date.now(),
  });
}
