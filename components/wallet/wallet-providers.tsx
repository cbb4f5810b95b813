"use client";

import { hydrate, QueryClientProvider, type DehydratedState } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { getQueryClient } from "@/lib/client/query-client";
import { keepWalletOnDevice } from "@/lib/client/queries/wallet/device-copy";
import { markOfflineCopies, WALLET_STORAGE_PREFIX } from "@/lib/client/queries/wallet/persistence";
import { RegisterServiceWorker } from "./register-service-worker";

/** TanStack Query for the wallet, with the last good wallet kept on this device for offline use. */
export function WalletProviders({
  ownerKey,
  sessionEndsAt,
  serverState,
  children,
}: {
  ownerKey: string;
  /** When the shopper's session ends (epoch ms): copies kept on this device serve no longer. */
  sessionEndsAt: number;
  /** The server render's queries (its wallet), in the cache before the first card renders. */
  serverState: DehydratedState;
  children: React.ReactNode;
}) {
  const queryClient = getQueryClient();
  // Once, as the tab's client is created with the page: what HydrationBoundary does on a first load, without
  // its code for later navigations (the wallet has none: its links are full page loads).
  useState(() => hydrate(queryClient, serverState));
  useEffect(() => {
    void markOfflineCopies(ownerKey, sessionEndsAt).catch(() => undefined);
  }, [ownerKey, sessionEndsAt]);
  // After hydration: the server's HTML never shows the device's copy, so the browser's first render can't.
  useEffect(
    () => keepWalletOnDevice(queryClient, window.localStorage, `${WALLET_STORAGE_PREFIX}${ownerKey}`),
    [queryClient, ownerKey],
  );
  return (
    <QueryClientProvider client={queryClient}>
      <RegisterServiceWorker />
      {children}
    </QueryClientProvider>
  );
}
