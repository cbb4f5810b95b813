import "server-only";
import { processSingleton } from "@/lib/server/singleton";
import { getEnv } from "@/lib/server/env";
import { createMemoryStore } from "./memory-store";
import { createRedisStore } from "./redis-store";
import type { KeyValueStore } from "./types";

/** The process-wide store: Redis when `REDIS_URL` is set (shared by every instance), else in memory. */
export function getStore(): KeyValueStore {
  return processSingleton("store", (): KeyValueStore => {
    const url = getEnv().store.redisUrl;
    return url ? createRedisStore(url) : createMemoryStore();
  });
}

export type { KeyValueStore, LimiterOptions } from "./types";
export { createMemoryStore } from "./memory-store";
