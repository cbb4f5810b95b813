import "server-only";
import { getCapillary, isCapillaryError } from "@/lib/capillary";
import { log } from "@/lib/server/log";
import { getEnv } from "@/lib/server/env";
import { addressKey } from "@/lib/server/http/client-address";
import { consumeAll } from "./budget";
import { shopperBudgets } from "./shopper-budgets";
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

/**
 * Checks a one-time code for `address` (the client, see clientAddress). Guesses are limited per number and
 * address, per address and, more loosely, per number: a stranger's wrong codes from elsewhere spend their
 * own budgets, not the owner's.
 */
export async function verifyShopperCode(
  rawIdentifier: unknown,
  rawCode: unknown,
  address: string,
): Promise<SignedInShopper> {
  const identifier = parseShopperIdentifier(rawIdentifier, getEnv().limits.otpCountries[0]?.callingCode);
  const code = typeof rawCode === "string" ? rawCode.trim() : "";
  if (!identifier || !/^\d{4,8}$/.test(code)) throw new Error(SIGN_IN_ERRORS.invalidInput);

  const key = `${identifier.type}:${identifier.value}`;
  const from = addressKey(address);
  const budgets = shopperBudgets();
  const throttle = await consumeAll([
    [budgets.guessPerAddress, from],
    [budgets.guessPerMobileAndAddress, `${key}|${from}`],
    [budgets.guessPerMobile, key],
  ]);
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
    // Proven possession of the number clears its own counters (not the address's or the overall ones).
    await Promise.all([
      budgets.guessPerMobileAndAddress.reset(`${key}|${from}`),
      budgets.guessPerMobile.reset(key),
      budgets.sendPerMobile.reset(key),
    ]);
    log.info("shopper signed in", { who: maskIdentifier(identifier) });
    return { id: `shopper:${customerId}`, customerId };
  } catch (error) {
    if (isCapillaryError(error)) {
      log.warn("shopper sign-in failed upstream", { kind: error.kind, capRequestId: error.requestId });
      throw new Error(SIGN_IN_ERRORS.unavailable);
    }
    throw error;
  }
}
