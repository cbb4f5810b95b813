"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import type { WalletData } from "@/lib/shared/wallet/types";
import { fetchWallet, walletQueryOptions } from "./wallet";

const REST_ATTEMPTS = 4;

/**
 * The shopper's wallet. When the page carried only each tab's first page, the rest is fetched at once
 * (the server's copy, no new Capillary call) and takes its place. A failure is tried again a few times
 * (1, 2, 4 s); after that the next refresh (focus, reconnect) brings the whole wallet anyway.
 */
export function useWallet() {
  const queryClient = useQueryClient();
  const wallet = useQuery(walletQueryOptions());
  const partialAt = wallet.data?.partial ? wallet.data.fetchedAt : null;

  useEffect(() => {
    if (!partialAt) return;
    let current = true;
    let retry: ReturnType<typeof setTimeout> | undefined;
    const fetchRest = (attempt: number) =>
      fetchWallet(partialAt)
        .then((whole) => {
          if (!current) return;
          queryClient.setQueryData<WalletData>(walletQueryOptions().queryKey, (shown) =>
            shown?.partial && shown.fetchedAt === partialAt
              ? // The same answer, whole: it keeps the page's word on whether it was a stale copy.
                { ...whole, stale: whole.fetchedAt === partialAt ? shown.stale : whole.stale }
              : shown,
          );
        })
        .catch(() => {
          if (current && attempt < REST_ATTEMPTS)
            retry = setTimeout(() => void fetchRest(attempt + 1), 1_000 * 2 ** (attempt - 1));
        });
    void fetchRest(1);
    return () => {
      current = false;
      clearTimeout(retry);
    };
  }, [partialAt, queryClient]);

  return wallet;
}
