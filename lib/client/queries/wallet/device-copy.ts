// Keeps the last good wallet in this device's storage and puts it back when the page opens: what
// TanStack's persist packages did, in the few lines the wallet needs (they and HydrationBoundary were
// 0.5 kB gzip of its first load), and without reading a saved copy that cannot be newer than the page's.
// The saved form is theirs ({ buster, timestamp, clientState }), so copies saved before still restore.

import { dehydrate, hydrate, type QueryClient } from "@tanstack/react-query";
import type { WalletData } from "@/lib/shared/wallet/types";
import { WALLET_PERSIST_MAX_AGE_MS } from "./persistence";
import { walletQueryOptions } from "./wallet";

/** Changed when the saved shape changes: older copies are then dropped, not misread. */
export const WALLET_COPY_VERSION = "wallet-v1";
/** The wallet's query: the only one kept. */
const WALLET_QUERY_KEY = walletQueryOptions().queryKey;
/** Beside each copy: when its wallet was fetched (dataUpdatedAt), read without parsing the copy. */
const UPDATED_AT_SUFFIX = ":updatedAt";
/** At most one write a second: a refresh updates the cache several times in a row. */
const SAVE_AFTER_MS = 1_000;

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
        deserializeData: (wallet: WalletData): WalletData => ({ ...wallet, savedOnDevice: true }),
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
    serializeData: ({ savedOnDevice: _, ...wallet }: WalletData) => wallet,
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
 * Whether the saved copy may be newer than the wallet the page brought. hydrate() never replaces newer
 * data, so when the page's wallet is at least as new (a fresh render, normally) reading and parsing a big
 * saved wallet would cost a phone a long task for nothing. A page the service worker kept from earlier
 * (offline) can be older than the copy saved since: the copy's small mark says when it is from.
 */
function savedMayBeNewer(queryClient: QueryClient, storage: Storage, key: string): boolean {
  const page = queryClient.getQueryState(WALLET_QUERY_KEY);
  if (page?.data === undefined) return true;
  const mark = storage.getItem(`${key}${UPDATED_AT_SUFFIX}`);
  // A copy saved before the mark existed is read once; the next save writes its mark.
  return mark === null || Number(mark) > page.dataUpdatedAt;
}

/**
 * Restores the copy saved under `key` into `queryClient` when it may be newer than the page's, saves what
 * the cache holds a second later, and again after each change. Returns the function that stops saving.
 */
export function keepWalletOnDevice(queryClient: QueryClient, storage: Storage, key: string): () => void {
  try {
    if (savedMayBeNewer(queryClient, storage, key)) restore(queryClient, storage, key, Date.now());
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
