"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import type { WalletData } from "@/lib/wallet/types";
import { fetchWallet, walletQueryOptions } from "./wallet";

/**
 * The shopper's wallet. When the page carried only each tab's first page, the rest is fetched at once
 * (the server's copy, no new Capillary call) and takes its place; should that fail, the next refresh
 * brings the whole wallet anyway.
 */
export function useWallet() {
  const queryClient = useQueryClient();
  const wallet = useQuery(walletQueryOptions());
  const partialAt = wallet.data?.partial ? wallet.data.fetchedAt : null;

  useEffect(() => {
    if (!partialAt) return;
    let current = true;
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
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [partialAt, queryClient]);

  return wallet;
}
