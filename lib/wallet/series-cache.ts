import "server-only";
import { LRUCache } from "lru-cache";
import type { SeriesSummary } from "@/lib/capillary/types";

type FetchSeries = (ids: string[]) => Promise<Map<string, SeriesSummary>>;

const SERIES_TTL_MS = 10 * 60 * 1000;

/**
 * Series details are shared by every shopper holding a coupon of the series, so they are cached for all
 * of them, and ids already being fetched are awaited rather than asked for again: a crowd of cold wallets
 * costs one series call per distinct series, not one per shopper.
 */
export function createSeriesCache(fetchSeries: FetchSeries, options: { max?: number; ttlMs?: number } = {}) {
  const cache = new LRUCache<string, SeriesSummary>({
    max: options.max ?? 5000,
    ttl: options.ttlMs ?? SERIES_TTL_MS,
  });
  const inFlight = new Map<string, Promise<SeriesSummary | undefined>>();

  async function getMany(ids: readonly string[]): Promise<Map<string, SeriesSummary>> {
    const unique = [...new Set(ids)];
    const toFetch = unique.filter((id) => !cache.has(id) && !inFlight.has(id));
    if (toFetch.length > 0) {
      const batch = fetchSeries(toFetch).then((found) => {
        for (const [id, series] of found) cache.set(id, series);
        return found;
      });
      for (const id of toFetch) {
        const one = batch.then((found) => found.get(id)).finally(() => inFlight.delete(id));
        inFlight.set(id, one);
      }
    }
    const result = new Map<string, SeriesSummary>();
    await Promise.all(
      unique.map(async (id) => {
        const series = cache.get(id) ?? (await inFlight.get(id));
        if (series) result.set(id, series);
      }),
    );
    return result;
  }

  return { getMany, clear: () => cache.clear() };
}
