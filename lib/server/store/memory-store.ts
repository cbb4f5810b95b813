import "server-only";
import { LRUCache } from "lru-cache";
import { RateLimiterMemory } from "rate-limiter-flexible";
import type { KeyValueStore } from "./types";

export interface MemoryStoreOptions {
  /** Most entries kept (default 10,000). */
  maxEntries?: number;
  /** Most characters of JSON kept, all entries together (default 64 M, about 64-128 MB). */
  maxChars?: number;
}

/**
 * One process's store: an LRU bounded by count and by size. Values are kept as JSON text, which both
 * bounds memory honestly (a 20,000-coupon wallet weighs what it weighs) and gives the same copy semantics
 * as Redis: a caller can never mutate what another caller reads.
 */
export function createMemoryStore(options: MemoryStoreOptions = {}): KeyValueStore {
  const maxSize = options.maxChars ?? 64_000_000;
  const cache = new LRUCache<string, string>({
    max: options.maxEntries ?? 10_000,
    maxSize,
    // One huge value may not push out everything else.
    maxEntrySize: Math.floor(maxSize / 4),
    sizeCalculation: (text) => Math.max(1, text.length),
  });
  return {
    kind: "memory",
    async get<T>(key: string) {
      const text = cache.get(key);
      return text === undefined ? undefined : (JSON.parse(text) as T);
    },
    async set(key, value, ttlMs) {
      cache.set(key, JSON.stringify(value), { ttl: Math.max(1, Math.round(ttlMs)) });
    },
    async delete(key) {
      cache.delete(key);
    },
    async claim(key, value, ttlMs) {
      if (cache.has(key)) return false;
      cache.set(key, JSON.stringify(value), { ttl: Math.max(1, Math.round(ttlMs)) });
      return true;
    },
    async pushToList(key, value, { maxItems, ttlMs }) {
      const text = cache.get(key);
      const list = text === undefined ? [] : (JSON.parse(text) as unknown[]);
      cache.set(key, JSON.stringify([value, ...list].slice(0, maxItems)), { ttl: Math.max(1, ttlMs) });
    },
    async readList<T>(key: string) {
      const text = cache.get(key);
      return text === undefined ? [] : (JSON.parse(text) as T[]);
    },
    ping: async () => true,
    createLimiter: (limiter) => new RateLimiterMemory(limiter),
    async close() {
      cache.clear();
    },
  };
}
