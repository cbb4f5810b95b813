import "server-only";

import { getEnv } from "@/lib/server/env";
import type { WalletFeatures } from "@/lib/shared/wallet/features";

/** What this deployment offers shoppers beyond the wallet, from its configuration. */
export function walletFeatures(): WalletFeatures {
  const { reminders } = getEnv();
  return { applePass: false, googlePass: false, pushKey: reminders.vapid?.publicKey ?? null };
}
