import { fetchJson } from "@/lib/client/fetch-json";

/** The staff API, with the console's own words for a tablet that lost its connection. */
export function consoleFetch<T>(url: string): Promise<T> {
  return fetchJson<T>(url, { offlineMessage: "The console is offline. Check the tablet's connection." });
}
