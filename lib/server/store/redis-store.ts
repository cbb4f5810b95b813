import "server-only";
import { Redis } from "ioredis";
import { RateLimiterMemory, RateLimiterRedis } from "rate-limiter-flexible";
import { log } from "@/lib/server/log";
import type { KeyValueStore } from "./types";

const KEY_PREFIX = "cw:";
/** Bigger values are not worth a round trip of this size on every view; they stay uncached. */
const MAX_VALUE_CHARS = 8_000_000;

const ttlOf = (ms: number) => Math.max(1, Math.round(ms));

/**
 * The shared store: every app instance pointing at the same Redis shares caches, stale copies and throttle
 * counts. Redis is a cache here, so its failures are logged (at most every 30 s) and answered as a miss;
 * commands time out after a second rather than holding a shopper's request.
 */
export function createRedisStore(url: string): KeyValueStore {
  const redis = new Redis(url, {
    maxRetriesPerRequest: 1,
    connectTimeout: 2_000,
    commandTimeout: 1_000,
    enableAutoPipelining: true,
  });
  let lastWarnAt = 0;
  const warn = (what: string, error: unknown) => {
    if (Date.now() - lastWarnAt < 30_000) return;
    lastWarnAt = Date.now();
    log.warn("redis store failing; serving without it", {
      what,
      error: error instanceof Error ? error.message : String(error),
    });
  };
  // Without a listener ioredis prints every reconnect failure as an unhandled error event.
  redis.on("error", (error: unknown) => warn("connection", error));
  // The text comes as a thunk so that `set`'s serialising runs inside the try: a value that cannot be
  // written as JSON is a logged miss, as any other failure to store, not a rejection.
  const setJson = async (key: string, json: () => string, ttlMs: number) => {
    try {
      const text = json();
      if (text.length > MAX_VALUE_CHARS) return;
      await redis.set(KEY_PREFIX + key, text, "PX", ttlOf(ttlMs));
    } catch (error) {
      warn("set", error);
    }
  };

  return {
    kind: "redis",
    async ping() {
      try {
        return (await redis.ping()) === "PONG";
      } catch (error) {
        warn("ping", error);
        return false;
      }
    },
    async get<T>(key: string) {
      try {
        const text = await redis.get(KEY_PREFIX + key);
        return text === null ? undefined : (JSON.parse(text) as T);
      } catch (error) {
        warn("get", error);
        return undefined;
      }
    },
    async getJson(key) {
      try {
        return (await redis.get(KEY_PREFIX + key)) ?? undefined;
      } catch (error) {
        warn("get", error);
        return undefined;
      }
    },
    set: (key, value, ttlMs) => setJson(key, () => JSON.stringify(value), ttlMs),
    setJson: (key, json, ttlMs) => setJson(key, () => json, ttlMs),
    async delete(key) {
      try {
        await redis.del(KEY_PREFIX + key);
      } catch (error) {
        warn("delete", error);
      }
    },
    async claim(key, value, ttlMs) {
      // No catch: "maybe claimed" must not be read as "claimed" nor as "someone else has it".
      return (await redis.set(KEY_PREFIX + key, JSON.stringify(value), "PX", ttlOf(ttlMs), "NX")) === "OK";
    },
    async addToSet(key, member, ttlMs) {
      try {
        await redis
          .multi()
          .sadd(KEY_PREFIX + key, member)
          .pexpire(KEY_PREFIX + key, ttlOf(ttlMs))
          .exec();
      } catch (error) {
        warn("addToSet", error);
      }
    },
    async removeFromSet(key, member) {
      try {
        await redis.srem(KEY_PREFIX + key, member);
      } catch (error) {
        warn("removeFromSet", error);
      }
    },
    async setMembers(key) {
      try {
        return await redis.smembers(KEY_PREFIX + key);
      } catch (error) {
        warn("setMembers", error);
        return [];
      }
    },
    async pushToList(key, value, { maxItems, ttlMs }) {
      try {
        await redis
          .multi()
          .lpush(KEY_PREFIX + key, JSON.stringify(value))
          .ltrim(KEY_PREFIX + key, 0, maxItems - 1)
          .pexpire(KEY_PREFIX + key, ttlOf(ttlMs))
          .exec();
      } catch (error) {
        warn("pushToList", error);
      }
    },
    async readList<T>(key: string) {
      try {
        return (await redis.lrange(KEY_PREFIX + key, 0, -1)).map((text) => JSON.parse(text) as T);
      } catch (error) {
        warn("readList", error);
        return [];
      }
    },
    createLimiter: (limiter) =>
      new RateLimiterRedis({
        ...limiter,
        storeClient: redis,
        keyPrefix: `${KEY_PREFIX}rl:${limiter.keyPrefix}`,
        // While Redis is unreachable each instance counts on its own rather than letting everyone through.
        insuranceLimiter: new RateLimiterMemory(limiter),
      }),
    async close() {
      await redis.quit().catch(() => redis.disconnect());
    },
  };
}
