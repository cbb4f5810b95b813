// The shopper's wallet query: fetcher and options, importable by the server page that prefetches it.
import { queryOptions, type QueryClient } from "@tanstack/react-query";
import { fetchJson, isSignedOut } from "@/lib/client/fetch-json";
import type { WalletData } from "@/lib/shared/wallet/types";
import { fromWire, type WalletWire } from "@/lib/shared/wallet/wire";

/** `asOf`: the whole of the wallet fetched then (the rest of a page that carried only first pages). */
export async function fetchWallet(asOf?: string): Promise<WalletData> {
  // `series=once`: this code reads the answer's series table (fromWire).
  const url = `/api/wallet?series=once${asOf ? `&asOf=${encodeURIComponent(asOf)}` : ""}`;
  return fromWire(await fetchJson<WalletWire>(url, { failed: "problem.request.walletLoad" }));
}

export function walletQueryOptions() {
  return queryOptions({
    queryKey: ["wallet"] as const,
    queryFn: () => fetchWallet(),
    // A signed-out shopper won't be signed in by asking again.
    retry: (failureCount, error) => !isSignedOut(error) && failureCount < 1,
  });
}

/** When the wallet in this cache was fetched; undefined while it holds none (a page that came without one). */
export function walletUpdatedAt(queryClient: QueryClient): number | undefined {
  const state = queryClient.getQueryState(walletQueryOptions().queryKey);
  return state?.data === undefined ? undefined : state.dataUpdatedAt;
}
