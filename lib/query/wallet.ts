import { queryOptions, useQuery } from "@tanstack/react-query";
import type { WalletData } from "@/lib/wallet/types";

export class WalletFetchError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = "WalletFetchError";
  }
}

export async function fetchWallet(): Promise<WalletData> {
  const response = await fetch("/api/wallet", { headers: { Accept: "application/json" }, cache: "no-store" });
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
    throw new WalletFetchError(response.status, body?.error?.message ?? "Could not load your coupons.");
  }
  return (await response.json()) as WalletData;
}

export function walletQueryOptions() {
  return queryOptions({
    queryKey: ["wallet"] as const,
    queryFn: fetchWallet,
    // A signed-out shopper won't be signed in by asking again.
    retry: (failureCount, error) =>
      !(error instanceof WalletFetchError && error.status === 401) && failureCount < 1,
  });
}

export function useWallet() {
  return useQuery(walletQueryOptions());
}
