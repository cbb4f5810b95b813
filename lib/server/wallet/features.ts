import "server-only";

import type { WalletFeatures } from "@/lib/shared/wallet/features";

/** What this deployment offers shoppers beyond the wallet, from its configuration. */
export function walletFeatures(): WalletFeatures {
  return { applePass: false, googlePass: false, pushKey: null };
}
