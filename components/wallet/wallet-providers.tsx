"use client";

import { hydrate, QueryClientProvider, type DehydratedState } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { getQueryClient } from "@/lib/client/query-client";
import {
  markOfflineCopies,
  savedCopyMayBeNewer,
  WALLET_STORAGE_PREFIX,
} from "@/lib/client/queries/wallet/persistence";
import { walletUpdatedAt } from "@/lib/client/queries/wallet/wallet";
import { afterLoad } from "@/components/shared/use-display";
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
  // Its code loads on its own: at once when the copy may be newer than the page's wallet (a page the
  // service worker kept, a page that came without one), else once the page has settled, to save the
  // page's wallet.
  useEffect(() => {
    const key = `${WALLET_STORAGE_PREFIX}${ownerKey}`;
    let live = true;
    let stop = () => {};
    const keep = () =>
      void import("@/lib/client/queries/wallet/device-copy").then(
        ({ keepWalletOnDevice }) => {
          if (live) stop = keepWalletOnDevice(queryClient, window.localStorage, key);
        },
        () => {},
      );
    let cancel = () => {};
    try {
      if (savedCopyMayBeNewer(window.localStorage, key, walletUpdatedAt(queryClient))) keep();
      else cancel = afterLoad(keep, 5_000);
    } catch {
      // Storage refused (some private modes): there is no copy to keep.
    }
    return () => {
      live = false;
      cancel();
      stop();
    };
  }, [queryClient, ownerKey]);
  return (
    <QueryClientProvider client={queryClient}>
      <RegisterServiceWorker />
      {children}
    </QueryClientProvider>
  );
}
