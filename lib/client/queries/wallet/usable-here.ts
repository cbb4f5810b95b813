// "Can I use this here, now?" for one coupon. Not persisted with the wallet (its key is not "wallet"):
// an answer about this moment is worthless tomorrow.
import { queryOptions } from "@tanstack/react-query";
import { fetchJson, retryUnlessFinal } from "@/lib/client/fetch-json";
import type { UsableHereAnswer } from "@/lib/shared/coupons/usable-here";

export function usableHereQueryOptions(couponId: string) {
  return queryOptions({
    queryKey: ["usable-here", couponId] as const,
    queryFn: () =>
      fetchJson<UsableHereAnswer>(`/api/wallet/coupons/${encodeURIComponent(couponId)}/usable-here`, {
        offline: "problem.request.checkOffline",
        failed: "problem.request.checkFailed",
      }),
    staleTime: 30_000,
    refetchOnWindowFocus: false,
    retry: retryUnlessFinal,
  });
}
