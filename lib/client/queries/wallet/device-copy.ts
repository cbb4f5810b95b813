// Keeps the last good wallet in this device's storage and puts it back when the page opens: what
// TanStack's persist packages do, in the few lines the wallet needs (they were about 0.6 kB gzip of its
// first load). The saved form is theirs ({ buster, timestamp, clientState }), so copies saved before this
// change still restore.

import { dehydrate, hydrate, type QueryClient } from "@tanstack/react-query";
import type { WalletData } from "@/lib/shared/wallet/types";
import { WALLET_PERSIST_MAX_AGE_MS } from "./persistence";

/** Changed when the saved shape changes: older copies are then dropped, not misread. */
export const WALLET_COPY_VERSION = "wallet-v1";
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
      return;
    }
    // hydrate() keeps whatever the cache holds that is newer (the server's fresh answer, normally). A
    // restored copy is the device's, however fresh it once was: the screen says so until the server
    // confirms it (a successful fetch replaces the data and with it the mark).
    hydrate(queryClient, saved.clientState, {
      defaultOptions: {
        deserializeData: (wallet: WalletData): WalletData => ({ ...wallet, savedOnDevice: true }),
      },
    });
  } catch {
    storage.removeItem(key);
  }
}

function save(queryClient: QueryClient, storage: Storage, key: string): void {
  const clientState = dehydrate(queryClient, {
    shouldDehydrateQuery: (query) => query.queryKey[0] === "wallet" && query.state.status === "success",
    serializeData: ({ savedOnDevice: _, ...wallet }: WalletData) => wallet,
  });
  const copy: SavedCopy = { buster: WALLET_COPY_VERSION, timestamp: Date.now(), clientState };
  try {
    storage.setItem(key, JSON.stringify(copy));
  } catch {
    // Storage full or refused (private mode): the copy is a convenience, the wallet works without it.
  }
}

/**
 * Restores the copy saved under `key` into `queryClient`, saves what the cache holds now (the
 * server-rendered wallet, hydrated before this runs), then saves again after each change. Returns the
 * function that stops saving.
 */
export function keepWalletOnDevice(queryClient: QueryClient, storage: Storage, key: string): () => void {
  restore(queryClient, storage, key, Date.now());
  save(queryClient, storage, key);
  let pending: ReturnType<typeof setTimeout> | undefined;
  const unsubscribe = queryClient.getQueryCache().subscribe(({ type }) => {
    if (type !== "added" && type !== "removed" && type !== "updated") return;
    pending ??= setTimeout(() => {
      pending = undefined;
      save(queryClient, storage, key);
    }, SAVE_AFTER_MS);
  });
  return () => {
    unsubscribe();
    clearTimeout(pending);
  };
}
