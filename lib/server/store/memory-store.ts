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
 * as Redis: a caller can never mutate what another caller reads. Claimed keys and sets live apart from the
 * LRU: they are small, and what they hold (a redeem attempt, a reminder already sent, a push subscription)
 * must not be pushed out by a busy hour of wallet copies; they go when their time to live ends.
 */
const ttlOf = (ms: number) => Math.max(1, Math.round(ms));

export function createMemoryStore(options: MemoryStoreOptions = {}): KeyValueStore {
  const maxSize = options.maxChars ?? 64_000_000;
  const cache = new LRUCache<string, string>({
    max: options.maxEntries ?? 10_000,
    maxSize,
    // One huge value may not push out everything else.
    maxEntrySize: Math.floor(maxSize / 4),
    sizeCalculation: (text) => Math.max(1, text.length),
  });
  // No ttlAutopurge: its timers overflow past 24.8 days (Node fires them at once); an entry past its time
  // to live is simply not found, and goes when the bound is reached.
  const claims = new LRUCache<string, string>({ max: 200_000 });
  const sets = new LRUCache<string, Set<string>>({ max: 200_000 });
  const setJson = async (key: string, json: string, ttlMs: number) => {
    // A claimed key stays pinned while it is rewritten (an attempt's outcome after its pending claim).
    if (claims.has(key)) claims.set(key, json, { ttl: ttlOf(ttlMs) });
    else cache.set(key, json, { ttl: ttlOf(ttlMs) });
  };
  const getJson = async (key: string) => claims.get(key) ?? cache.get(key);
  return {
    kind: "memory",
    async get<T>(key: string) {
      const text = await getJson(key);
      return text === undefined ? undefined : (JSON.parse(text) as T);
    },
    getJson,
    set: async (key, value, ttlMs) => setJson(key, JSON.stringify(value), ttlMs),
    setJson,
    async delete(key) {
      cache.delete(key);
      claims.delete(key);
    },
    async claim(key, value, ttlMs) {
      if (claims.has(key) || cache.has(key)) return false;
      claims.set(key, JSON.stringify(value), { ttl: ttlOf(ttlMs) });
      return true;
    },
    async addToSet(key, member, ttlMs) {
      const set = sets.get(key) ?? new Set<string>();
      set.add(member);
      sets.set(key, set, { ttl: ttlOf(ttlMs) });
    },
    async removeFromSet(key, member) {
      const set = sets.get(key);
      set?.delete(member);
      if (set?.size === 0) sets.delete(key);
    },
    setMembers: async (key) => [...(sets.get(key) ?? [])],
    async pushToList(key, value, { maxItems, ttlMs }) {
      const text = cache.get(key);
      const list = text === undefined ? [] : (JSON.parse(text) as unknown[]);
      cache.set(key, JSON.stringify([value, ...list].slice(0, maxItems)), { ttl: ttlOf(ttlMs) });
    },
    async readList<T>(key: string) {
      const text = cache.get(key);
      return text === undefined ? [] : (JSON.parse(text) as T[]);
    },
    ping: async () => true,
    createLimiter: (limiter) => new RateLimiterMemory(limiter),
    async close() {
      cache.clear();
      claims.clear();
      sets.clear();
    },
  };
}
