import "server-only";
import { getCapillary, isCapillaryError } from "@/lib/capillary";
import { log } from "@/lib/server/log";
import { getSignInThrottles } from "@/lib/server/auth/shopper-throttles";
import { maskIdentifier, parseShopperIdentifier } from "@/lib/shared/identifier";

/** Reasons a sign-in fails, as the sign-in page reads them (next-auth passes the message through). */
export const SIGN_IN_ERRORS = {
  invalidInput: "invalid_input",
  wrongCode: "wrong_code",
  throttled: "throttled",
  noWallet: "no_wallet",
  unavailable: "unavailable",
} as const;

export interface SignedInShopper {
  id: string;
  customerId: string;
}

export async function verifyShopperCode(rawIdentifier: unknown, rawCode: unknown): Promise<SignedInShopper> {
  const identifier = parseShopperIdentifier(rawIdentifier);
  const code = typeof rawCode === "string" ? rawCode.trim() : "";
  if (!identifier || !/^\d{4,8}$/.test(code)) throw new Error(SIGN_IN_ERRORS.invalidInput);

  const throttle = await getSignInThrottles().verifyCode.consume(`${identifier.type}:${identifier.value}`);
  if (!throttle.allowed) throw new Error(`${SIGN_IN_ERRORS.throttled}:${throttle.retryAfterSeconds}`);

  const entityType = identifier.type === "email" ? "EMAIL" : "MOBILE";
  try {
    const capillary = getCapillary();
    const verdict = await capillary.validateOtp({ entityType, value: identifier.value, code });
    if (verdict === "throttled") throw new Error(`${SIGN_IN_ERRORS.throttled}:900`);
    if (verdict !== "valid") throw new Error(SIGN_IN_ERRORS.wrongCode);
    // Only now, with the code proven, may the answer differ between known and unknown numbers.
    const customerId = await capillary.lookupCustomerId(identifier);
    if (!customerId) throw new Error(SIGN_IN_ERRORS.noWallet);
    // Proven possession of the number clears its counters: the limits are there to stop guessing.
    const throttles = getSignInThrottles();
    const key = `${identifier.type}:${identifier.value}`;
    await Promise.all([throttles.verifyCode.reset(key), throttles.sendCode.reset(key)]);
    log.info("shopper signed in", { who: maskIdentifier(identifier) });
    return { id: `shopper:${customerId}`, customerId };
  } catch (error) {
    if (isCapillaryError(error)) {
      log.warn("shopper sign-in failed upstream", { kind: error.kind, requestId: error.requestId });
      throw new Error(SIGN_IN_ERRORS.unavailable);
    }
    throw error;
  }
}
