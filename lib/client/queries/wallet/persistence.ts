// Where the browser keeps the last wallet, so a shopper with no signal (or with Capillary down) still has
// their coupons. Cleared on sign-out and before anyone signs in.
export const WALLET_STORAGE_PREFIX = "coupon-wallet:";
const WALLET_CACHE_NAMES = ["wallet-pages", "wallet-api"] as const;
export const WALLET_PERSIST_MAX_AGE_MS = 48 * 60 * 60 * 1000;

export async function forgetStoredWallets(): Promise<void> {
  for (const key of Object.keys(window.localStorage)) {
    if (key.startsWith(WALLET_STORAGE_PREFIX)) window.localStorage.removeItem(key);
  }
  if ("caches" in window) await Promise.all(WALLET_CACHE_NAMES.map((name) => caches.delete(name)));
}
