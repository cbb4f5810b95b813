// Keeps the last good wallet in this device's storage and puts it back when the page opens: what
// TanStack's persist packages did, in the few lines the wallet needs (they and HydrationBoundary were
// 0.5 kB gzip of its first load), and without reading a saved copy that cannot be newer than the page's.
// The saved form is theirs ({ buster, timestamp, clientState }), so copies saved before still restore.
// Loaded on its own (WalletProviders): the first screen does not wait for it.

import { dehydrate, hydrate, type QueryClient } from "@tanstack/react-query";
import { shareOf } from "@/lib/shared/wallet/first-pages";
import type { WalletData } from "@/lib/shared/wallet/types";
import { fromWire, toWire, type WalletWire } from "@/lib/shared/wallet/wire";
import { savedCopyMayBeNewer, UPDATED_AT_SUFFIX, WALLET_PERSIST_MAX_AGE_MS } from "./persistence";
import { walletQueryOptions, walletUpdatedAt } from "./wallet";

/** Changed when the saved shape changes: older copies are then dropped, not misread. */
export const WALLET_COPY_VERSION = "wallet-v1";
/** The wallet's query: the only one kept. */
const WALLET_QUERY_KEY = walletQueryOptions().queryKey;
/** At most one write a second: a refresh updates the cache several times in a row. */
const SAVE_AFTER_MS = 1_000;
/**
 * Coupons a copy holds at most (about 1 MB): browsers give a site 5-10 MB of storage, and 5,000 coupons
 * are 5.5 MB, which the browser refused after the page had spent a long task writing them out. A bigger
 * wallet keeps its first usable coupons, what a shopper offline can still use at the till, each other
 * tab's first page and every tab's count; the rest is fetched again once online (useWallet).
 */
export const DEVICE_COPY_MAX_COUPONS = 1_000;

const forDevice = (wallet: WalletData): WalletData =>
  wallet.coupons.length > DEVICE_COPY_MAX_COUPONS
    ? shareOf(wallet, Date.now(), DEVICE_COPY_MAX_COUPONS)
    : wallet;

interface SavedCopy {
  buster: string;
  timestamp: number;
  clientState: Parameters<typeof hydrate>[1];
}

function restore(queryClient: QueryClient, storage: Storage, key: string, now: number): void {
  try {
    const text = storage.getItem(key);
    if (!text) return;
    const saved = JSON.parse(text) as SavedCopy;
    if (saved.buster !== WALLET_COPY_VERSION || !(now - saved.timestamp <= WALLET_PERSIST_MAX_AGE_MS)) {
      storage.removeItem(key);
      storage.removeItem(`${key}${UPDATED_AT_SUFFIX}`);
      return;
    }
    // hydrate() keeps whatever the cache holds that is newer (the page's wallet, a fetch done first). A restored
    // copy is the device's, however fresh it once was: the screen says so until the server confirms it
    // (a successful fetch replaces the data and with it the mark).
    hydrate(queryClient, saved.clientState, {
      defaultOptions: {
        deserializeData: (wallet: WalletWire): WalletData => ({ ...fromWire(wallet), savedOnDevice: true }),
      },
    });
  } catch {
    storage.removeItem(key);
    storage.removeItem(`${key}${UPDATED_AT_SUFFIX}`);
  }
}

function save(queryClient: QueryClient, storage: Storage, key: string): void {
  const clientState = dehydrate(queryClient, {
    shouldDehydrateQuery: (query) =>
      query.queryKey[0] === WALLET_QUERY_KEY[0] && query.state.status === "success",
    serializeData: ({ savedOnDevice: _, ...wallet }: WalletData) => toWire(forDevice(wallet)),
  });
  const copy: SavedCopy = { buster: WALLET_COPY_VERSION, timestamp: Date.now(), clientState };
  const wallet = queryClient.getQueryState(WALLET_QUERY_KEY);
  try {
    storage.setItem(key, JSON.stringify(copy));
    storage.setItem(`${key}${UPDATED_AT_SUFFIX}`, String(wallet?.dataUpdatedAt ?? 0));
  } catch {
    // Storage full or refused (private mode): the copy is a convenience, the wallet works without it.
  }
}

/**
 * Restores the copy saved under `key` into `queryClient` when it may be newer than the page's, saves what
 * the cache holds a second later, and again after each change. Returns the function that stops saving.
 */
export function keepWalletOnDevice(queryClient: QueryClient, storage: Storage, key: string): () => void {
  try {
    // hydrate() never replaces newer data: reading and parsing a big copy older than the page's wallet
    // would cost a phone a long task for nothing.
    if (savedCopyMayBeNewer(storage, key, walletUpdatedAt(queryClient)))
      restore(queryClient, storage, key, Date.now());
  } catch {
    // Storage refused (some private modes): nothing to restore.
  }
  let pending: ReturnType<typeof setTimeout> | undefined;
  const saveSoon = () => {
    pending ??= setTimeout(() => {
      pending = undefined;
      save(queryClient, storage, key);
    }, SAVE_AFTER_MS);
  };
  saveSoon();
  const unsubscribe = queryClient.getQueryCache().subscribe(({ type }) => {
    if (type === "added" || type === "removed" || type === "updated") saveSoon();
  });
  return () => {
    unsubscribe();
    clearTimeout(pending);
  };
}
