import "server-only";

import { getEnv } from "@/lib/server/env";
import type { WalletFeatures } from "@/lib/shared/wallet/features";

/** What this deployment offers shoppers beyond the wallet, from its configuration. */
export function walletFeatures(): WalletFeatures {
  const { reminders, passes } = getEnv();
  return {
    applePass: passes.apple !== undefined,
    googlePass: passes.google !== undefined,
    pushKey: reminders.vapid?.publicKey ?? null,
  };
}
