import "server-only";

import { getEnv } from "@/lib/server/env";
import { processSingleton } from "@/lib/server/singleton";
import { createBudget } from "./budget";

/**
 * Staff sign-in attempts per client address (checked first, before any password is hashed, so rotating
 * usernames costs an attacker this budget and the server no work) and per username; look-ups per member of
 * staff: a console that reads personal data must not become a way to harvest it.
 */
export function staffBudgets() {
  return processSingleton("staff-budgets", () => {
    const { staffSignIn, staffLookups } = getEnv().limits;
    return {
      signInPerAddress: createBudget("staff-sign-in-address", staffSignIn.address),
      signInPerUsername: createBudget("staff-sign-in-username", staffSignIn.username),
      lookups: createBudget("staff-lookup", staffLookups),
    };
  });
}
