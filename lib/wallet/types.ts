import type { Coupon } from "@/lib/capillary/types";

/** What `/api/wallet` returns and the wallet page renders. */
export interface WalletData {
  coupons: Coupon[];
  /** When the server fetched these coupons from Capillary. */
  fetchedAt: string;
  /** Capillary failed and this is the last good copy (from `fetchedAt`), not a fresh answer. */
  stale?: boolean;
}
