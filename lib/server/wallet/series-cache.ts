import "server-only";
import { LRUCache } from "lru-cache";
import type { SeriesSummary } from "@/lib/capillary";
import { log } from "@/lib/server/log";
import type { KeyValueStore } from "@/lib/server/store";

type FetchSeries = (ids: string[]) => Promise<Map<string, SeriesSummary>>;

/** What the shared store keeps per series: the last good copy and when Capillary gave it. */
interface SeriesCopy {
  series: SeriesSummary;
  fetchedAt: number;
}

const SERIES_TTL_MS = 10 * 60 * 1000;
/** How long a last good copy may stand in for Capillary during an outage (as long as a stale wallet). */
const SERIES_KEEP_MS = 48 * 60 * 60 * 1000;
const storeKey = (id: string) => `series:${id}`;

export interface SeriesCacheOptions {
  /** Shared with other instances (Redis) so that a series is fetched once for all of them. */
  store?: KeyValueStore;
  max?: number;
  ttlMs?: number;
  now?: () => number;
  /** Told how each series was found: in this process, in the shared store, fetched, or an old copy. */
  onLookup?: (result: "hit" | "shared" | "miss" | "stale", count: number) => void;
}

/**
 * Series details are shared by every shopper holding a coupon of the series, so they are cached for all
 * of them: in this process (an LRU, no round trip) and in the shared store (every instance), and ids
 * already being looked up are awaited rather than asked for again, so a crowd of cold wallets costs one
 * series call per distinct series. When Capillary fails, the store's older copies stand in.
 */
export function createSeriesCache(fetchSeries: FetchSeries, options: SeriesCacheOptions = {}) {
  const ttl = options.ttlMs ?? SERIES_TTL_MS;
  const now = options.now ?? Date.now;
  const local = new LRUCache<string, SeriesSummary>({ max: options.max ?? 5000, ttl });
  const inFlight = new Map<string, Promise<SeriesSummary | undefined>>();

  async function load(ids: string[]): Promise<Map<string, SeriesSummary>> {
    const found = new Map<string, SeriesSummary>();
    const older = new Map<string, SeriesSummary>();
    const copies = await Promise.all(ids.map((id) => options.store?.get<SeriesCopy>(storeKey(id))));
    const missing = ids.filter((id, index) => {
      const copy = copies[index];
      if (!copy) return true;
      const age = now() - copy.fetchedAt;
      if (age >= ttl) {
        older.set(id, copy.series);
        return true;
      }
      found.set(id, copy.series);
      local.set(id, copy.series, { ttl: ttl - age });
      return false;
    });
    options.onLookup?.("shared", found.size);
    if (missing.length === 0) return found;
    options.onLookup?.("miss", missing.length);
    try {
      const fetched = await fetchSeries(missing);
      const fetchedAt = now();
      for (const [id, series] of fetched) {
        found.set(id, series);
        local.set(id, series);
        void options.store?.set(storeKey(id), { series, fetchedAt } satisfies SeriesCopy, SERIES_KEEP_MS);
      }
    } catch (error) {
      if (older.size === 0) throw error;
      log.warn("series details unavailable; serving last good copies", { series: older.size });
      for (const [id, series] of older) found.set(id, series);
      options.onLookup?.("stale", older.size);
    }
    return found;
  }

  async function getMany(ids: readonly string[]): Promise<Map<string, SeriesSummary>> {
    const unique = [...new Set(ids)];
    const toLoad = unique.filter((id) => !local.has(id) && !inFlight.has(id));
    if (unique.length > toLoad.length) options.onLookup?.("hit", unique.length - toLoad.length);
    if (toLoad.length > 0) {
      const batch = load(toLoad);
      for (const id of toLoad) {
        const one = batch.then((found) => found.get(id)).finally(() => inFlight.delete(id));
        inFlight.set(id, one);
      }
    }
    const result = new Map<string, SeriesSummary>();
    await Promise.all(
      unique.map(async (id) => {
        const series = local.get(id) ?? (await inFlight.get(id));
        if (series) result.set(id, series);
      }),
    );
    return result;
  }

  return { getMany, clear: () => local.clear() };
}
