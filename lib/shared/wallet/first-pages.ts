import { groupWallet } from "@/lib/shared/coupons";
import type { WalletData } from "./types";

/** Coupons per tab that a page of the wallet shows before "Show more". */
export const WALLET_PAGE_SIZE = 20;
/**
 * Cards of a tab in the server's HTML: about two phone screens' worth. The rest of the first page renders
 * once the page is interactive, below the fold, so the document (and the style and layout work before the
 * first paint) stays small.
 */
export const FIRST_PAINT_CARDS = 6;
/** Wallets up to this size are sent whole with the page; bigger ones send each tab's first page. */
export const WHOLE_WALLET_MAX = 3 * WALLET_PAGE_SIZE;

/**
 * The wallet as the first paint needs it: each tab's first page (in the tabs' own order at `now`) and
 * every tab's count. A wallet of thousands costs the page a few dozen coupons instead of megabytes.
 */
export function firstPagesOf(wallet: WalletData, now: number): WalletData {
  if (wallet.coupons.length <= WHOLE_WALLET_MAX) return wallet;
  return shareOf(wallet, now, WALLET_PAGE_SIZE);
}

/**
 * The first `usable` coupons of the Active tab and the first page of the others, in the tabs' own order at
 * `now`, marked `partial` with the whole wallet's counts (kept when the wallet already was a part).
 */
export function shareOf(wallet: WalletData, now: number, usable: number): WalletData {
  const view = groupWallet(wallet.coupons, now);
  const coupons = [
    ...view.active.slice(0, usable),
    ...view.used.slice(0, WALLET_PAGE_SIZE),
    ...view.expired.slice(0, WALLET_PAGE_SIZE),
  ];
  // Already part of a bigger wallet (a first paint read by pages): its counts are not these.
  if (wallet.partial) return { ...wallet, coupons };
  return {
    ...wallet,
    coupons,
    partial: {
      total: view.counts.total,
      counts: { active: view.counts.active, used: view.counts.used, expired: view.counts.expired },
    },
  };
}
