import { queryOptions, useQuery } from "@tanstack/react-query";
import type { WalletData } from "@/lib/shared/wallet/types";
import { retryUnlessFinal } from "@/lib/client/fetch-json";
import { consoleFetch } from "./console-fetch";

function customerCouponsQueryOptions(customerId: string) {
  return queryOptions({
    queryKey: ["staff", "coupons", customerId] as const,
    queryFn: () => consoleFetch<WalletData>(`/api/customers/${encodeURIComponent(customerId)}/coupons`),
    staleTime: 30_000,
    refetchOnWindowFocus: false,
    retry: retryUnlessFinal,
  });
}

export function useCustomerCoupons(customerId: string | null) {
  return useQuery({ ...customerCouponsQueryOptions(customerId ?? ""), enabled: customerId !== null });
}
