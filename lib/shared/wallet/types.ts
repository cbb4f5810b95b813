import type { Coupon } from "@/lib/capillary";
import type { CouponTexts } from "@/lib/shared/coupons/describe-coupon";

/** How many coupons each tab holds in the whole wallet (the page may carry only the first of them). */
export interface TabCounts {
  active: number;
  used: number;
  expired: number;
}

/** What the wallet page renders, and `/api/wallet` returns in its wire form (`wire.ts`: each series once). */
export interface WalletData {
  coupons: Coupon[];
  /** When the server fetched these coupons from Capillary. */
  fetchedAt: string;
  /** Capillary failed and this is the server's last good copy (from `fetchedAt`), not a fresh answer. */
  stale?: boolean;
  /**
   * Browser only: this is the copy kept on this device, restored when the page opened, not yet confirmed
   * by the server. Never sent by the server; stripped before the copy is saved again.
   */
  savedOnDevice?: boolean;
  /**
   * Set when `coupons` holds only part of a big wallet (the server render sends no more, so the page stays
   * small); the browser then fetches the whole wallet as of `fetchedAt`. `total` and `counts` are the whole
   * wallet's when known: a page served from a saved copy knows them, a first paint read by pages does not.
   */
  partial?: { total: number | null; counts?: TabCounts };
}

/** What the server said on the wallet's first screen, for the browser to hydrate with (firstPaintTexts). */
export interface FirstPaintTexts {
  /** Each card's texts, by coupon id (useCouponTexts). */
  cards: Record<string, CouponTexts>;
  /** The banner's formatted results, by call (seedFormatting). */
  calls: Record<string, unknown>;
}
