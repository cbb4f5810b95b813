import "server-only";

import { getEnv } from "@/lib/server/env";
import { processSingleton } from "@/lib/server/singleton";
import { createBudget } from "./budget";

/**
 * What a shopper's sign-in may cost (limits in configuration, lib/server/env/limits.ts):
 * - sending a code costs the brand an SMS: limited per mobile, per client address and overall, so a
 *   script cannot pump thousands of premium-rate numbers or burn the API quota;
 * - guessing a code: per mobile and address, per address (one client guessing across many numbers), and a
 *   higher cap per mobile, so a stranger cannot lock the owner out in a few tries.
 */
export function shopperBudgets() {
  return processSingleton("shopper-budgets", () => {
    const { otpSend, otpGuess } = getEnv().limits;
    return {
      sendPerAddress: createBudget("otp-send-address", otpSend.address),
      sendPerMobile: createBudget("otp-send-mobile", otpSend.mobile),
      sendTotal: createBudget("otp-send-total", otpSend.total),
      guessPerAddress: createBudget("otp-guess-address", otpGuess.address),
      guessPerMobileAndAddress: createBudget("otp-guess-mobile-address", otpGuess.mobileAddress),
      guessPerMobile: createBudget("otp-guess-mobile", otpGuess.mobile),
    };
  });
}
