"use client";

import { createSyncStoragePersister } from "@tanstack/query-sync-storage-persister";
import { PersistQueryClientProvider, persistQueryClientSave } from "@tanstack/react-query-persist-client";
import { useEffect, useState } from "react";
import { getQueryClient } from "@/lib/client/query-client";
import {
  markOfflineCopies,
  WALLET_PERSIST_MAX_AGE_MS,
  WALLET_STORAGE_PREFIX,
} from "@/lib/client/queries/wallet/persistence";
import type { WalletData } from "@/lib/shared/wallet/types";
import { RegisterServiceWorker } from "./register-service-worker";

/** TanStack Query for the wallet, with the last good wallet kept on this device for offline use. */
export function WalletProviders({
  ownerKey,
  sessionEndsAt,
  children,
}: {
  ownerKey: string;
  /** When the shopper's session ends (epoch ms): copies kept on this device serve no longer. */
  sessionEndsAt: number;
  children: React.ReactNode;
}) {
  useEffect(() => {
    void markOfflineCopies(ownerKey, sessionEndsAt).catch(() => undefined);
  }, [ownerKey, sessionEndsAt]);
  const [persister] = useState(() =>
    createSyncStoragePersister({
      key: `${WALLET_STORAGE_PREFIX}${ownerKey}`,
      storage: typeof window === "undefined" ? undefined : window.localStorage,
    }),
  );
  const queryClient = getQueryClient();
  const persistOptions = {
    persister,
    maxAge: WALLET_PERSIST_MAX_AGE_MS,
    buster: "wallet-v1",
    dehydrateOptions: {
      shouldDehydrateQuery: (query: { queryKey: readonly unknown[]; state: { status: string } }) =>
        query.queryKey[0] === "wallet" && query.state.status === "success",
      serializeData: ({ savedOnDevice: _, ...wallet }: WalletData) => wallet,
    },
    // A restored copy is the device's, however fresh it once was: the screen says so until the server
    // confirms it (a successful fetch replaces the data and with it the mark).
    hydrateOptions: {
      defaultOptions: {
        deserializeData: (wallet: WalletData): WalletData => ({ ...wallet, savedOnDevice: true }),
      },
    },
  };
  return (
    <PersistQueryClientProvider
      client={queryClient}
      persistOptions={persistOptions}
      // The server-rendered wallet was hydrated before persistence started listening; save it now.
      onSuccess={() => void persistQueryClientSave({ queryClient, ...persistOptions })}
    >
      <RegisterServiceWorker />
      {children}
    </PersistQueryClientProvider>
  );
}
