import { queryOptions, useQuery } from "@tanstack/react-query";
import type { WalletData } from "@/lib/shared/wallet/types";
import { retryUnlessFinal, staffFetch } from "../../fetch-json";

export function customerCouponsQueryOptions(customerId: string) {
  return queryOptions({
    queryKey: ["staff", "coupons", customerId] as const,
    queryFn: () => staffFetch<WalletData>(`/api/customers/${encodeURIComponent(customerId)}/coupons`),
    staleTime: 30_000,
    refetchOnWindowFocus: false,
    retry: retryUnlessFinal,
  });
}

export function useCustomerCoupons(customerId: string | null) {
  return useQuery({ ...customerCouponsQueryOptions(customerId ?? ""), enabled: customerId !== null });
}
