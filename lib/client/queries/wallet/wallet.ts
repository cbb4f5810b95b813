import { queryOptions } from "@tanstack/react-query";
import type { WalletData } from "@/lib/shared/wallet/types";

export class WalletFetchError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = "WalletFetchError";
  }
}

/** `asOf`: the whole of the wallet fetched then (the rest of a page that carried only first pages). */
export async function fetchWallet(asOf?: string): Promise<WalletData> {
  const url = asOf ? `/api/wallet?asOf=${encodeURIComponent(asOf)}` : "/api/wallet";
  const response = await fetch(url, { headers: { Accept: "application/json" }, cache: "no-store" });
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
    throw new WalletFetchError(response.status, body?.error?.message ?? "Could not load your coupons.");
  }
  return (await response.json()) as WalletData;
}

export function walletQueryOptions() {
  return queryOptions({
    queryKey: ["wallet"] as const,
    queryFn: () => fetchWallet(),
    // A signed-out shopper won't be signed in by asking again.
    retry: (failureCount, error) =>
      !(error instanceof WalletFetchError && error.status === 401) && failureCount < 1,
  });
}
