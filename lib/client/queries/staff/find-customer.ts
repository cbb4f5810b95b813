import { queryOptions, useQuery } from "@tanstack/react-query";
import {
  guessCustomerQueries,
  normaliseCustomerQuery,
  type CustomerQuery,
  type CustomerQueryKind,
} from "@/lib/shared/staff/customer-query";
import type { CustomerResponse, ScreenCustomer } from "@/lib/shared/staff/types";
import { ApiRequestError, retryUnlessFinal } from "@/lib/client/fetch-json";
import { consolePost } from "./console-fetch";

export interface CustomerSearch {
  text: string;
  /** "any": try each likely reading of the text in turn. */
  by: CustomerQueryKind | "any";
}

export interface FoundCustomer {
  customer: ScreenCustomer;
  matchedBy: CustomerQueryKind;
}

export function customerSearchReadings(search: CustomerSearch): CustomerQuery[] {
  if (search.by === "any") return guessCustomerQueries(search.text);
  const one = normaliseCustomerQuery(search.by, search.text);
  return one ? [one] : [];
}

async function findCustomer(search: CustomerSearch): Promise<FoundCustomer | null> {
  for (const query of customerSearchReadings(search)) {
    try {
      const { customer } = await consolePost<CustomerResponse>("/api/customers", query);
      return { customer, matchedBy: query.by };
    } catch (error) {
      if (!(error instanceof ApiRequestError && error.status === 404)) throw error;
    }
  }
  return null;
}

export function findCustomerQueryOptions(search: CustomerSearch) {
  return queryOptions({
    queryKey: ["staff", "customer", search.by, search.text.trim()] as const,
    queryFn: () => findCustomer(search),
    staleTime: 60_000,
    refetchOnWindowFocus: false,
    retry: retryUnlessFinal,
  });
}

export function useFindCustomer(search: CustomerSearch | null) {
  return useQuery({
    ...findCustomerQueryOptions(search ?? { text: "", by: "any" }),
    enabled: search !== null,
  });
}
