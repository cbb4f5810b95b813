import { queryOptions, useQuery } from "@tanstack/react-query";
import type { CouponCodeCase } from "@/lib/capillary";
import type { CodeCheckResponse } from "@/lib/shared/staff/types";
import { retryUnlessFinal } from "@/lib/client/fetch-json";
import { consolePost } from "./console-fetch";

export interface CodeSearch {
  codes: string[];
  codeCase: CouponCodeCase;
  customerId: string | null;
}

export function checkCodesQueryOptions(search: CodeSearch) {
  const body = {
    codes: search.codes,
    case: search.codeCase,
    ...(search.customerId ? { customerId: search.customerId } : {}),
  };
  return queryOptions({
    queryKey: ["staff", "codes", search.codeCase, search.customerId, ...search.codes] as const,
    queryFn: () => consolePost<CodeCheckResponse>("/api/coupons", body),
    // A code may be redeemed at the next till a moment later: every check asks Capillary again.
    staleTime: 0,
    refetchOnWindowFocus: false,
    retry: retryUnlessFinal,
  });
}

export function useCheckCodes(search: CodeSearch | null) {
  return useQuery({
    ...checkCodesQueryOptions(search ?? { codes: [], codeCase: "UPPER", customerId: null }),
    enabled: search !== null,
  });
}
