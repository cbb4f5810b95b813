import type { RateLimiterAbstract } from "rate-limiter-flexible";

export interface LimiterOptions {
  keyPrefix: string;
  points: number;
  /** Window in seconds. */
  duration: number;
}

/**
 * The only state the app keeps besides what the session cookie carries: caches, throttles and stale copies.
 * Everything goes through this one interface so that, with `REDIS_URL` set, every instance shares it and
 * any instance can serve any request.
 *
 * Values round-trip through JSON in both backends (plain data only), so code that works against the memory
 * store works the same against Redis. A store never throws on `get`/`set`/`delete`: it is a cache, and an
 * outage of it must cost freshness, not the request.
 */
export interface KeyValueStore {
  readonly kind: "memory" | "redis";
  /** The value last set under `key`, or undefined (missing, expired or store unreachable). */
  get<T>(key: string): Promise<T | undefined>;
  /**
   * As `get`, the JSON text as stored, for a caller that only passes it on (a response body) and would
   * otherwise parse it to write it again.
   */
  getJson(key: string): Promise<string | undefined>;
  set(key: string, value: unknown, ttlMs: number): Promise<void>;
  /**
   * As `set`, for a value the caller has already written as JSON because it needs that text anyway (a
   * response body): the store keeps the text as given instead of serialising the value a second time.
   */
  setJson(key: string, json: string, ttlMs: number): Promise<void>;
  delete(key: string): Promise<void>;
  /**
   * Sets `key` to `value` only if nothing holds it (Redis `SET NX PX`), and says whether this call did, across
   * every instance: the one atomic step on which "exactly once" rests (a redeem's idempotency key, two
   * tablets racing, a reminder sent once). Unlike the cache calls it throws when the store cannot answer,
   * because "maybe" must not be read as "yes". The value reads back with `get`.
   */
  claim(key: string, value: unknown, ttlMs: number): Promise<boolean>;
  /** Adds `member` to the set at `key` and (re)starts the set's time to live. */
  addToSet(key: string, member: string, ttlMs: number): Promise<void>;
  removeFromSet(key: string, member: string): Promise<void>;
  /** The set's members, in no particular order; empty when missing or unreachable. */
  setMembers(key: string): Promise<string[]>;
  /** Puts `value` at the head of the list at `key`, keeps the newest `maxItems` and renews its lifetime. */
  pushToList(key: string, value: unknown, options: { maxItems: number; ttlMs: number }): Promise<void>;
  /** The list at `key`, newest first (empty when missing or unreachable). */
  readList<T>(key: string): Promise<T[]>;
  /** Whether the store answers now (readiness). */
  ping(): Promise<boolean>;
  /** A rate limiter counting in this store, so instances sharing the store share the counts. */
  createLimiter(options: LimiterOptions): RateLimiterAbstract;
  close(): Promise<void>;
}
