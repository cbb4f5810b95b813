import "server-only";
import { createMemoryStore } from "./memory-store";
import { createRedisStore } from "./redis-store";
import type { KeyValueStore } from "./types";

/** `REDIS_URL`, checked: unset means the in-memory store; anything else must be a redis:// URL. */
export function readRedisUrl(env: Record<string, string | undefined> = process.env): string | undefined {
  const raw = env.REDIS_URL?.trim();
  if (!raw) return undefined;
  let protocol = "";
  try {
    protocol = new URL(raw).protocol;
  } catch {
    // reported below
  }
  if (protocol !== "redis:" && protocol !== "rediss:") {
    throw new Error("REDIS_URL must be a redis:// or rediss:// URL, e.g. redis://127.0.0.1:6379");
  }
  return raw;
}

// On globalThis: Next's dev server re-evaluates modules on edits, and a module-level variable would leave a
// Redis connection (or a second, empty cache) behind each time.
const g = globalThis as typeof globalThis & { __couponWalletStore?: KeyValueStore };

/** The process-wide store: Redis when `REDIS_URL` is set (shared by every instance), else in memory. */
export function getStore(): KeyValueStore {
  if (!g.__couponWalletStore) {
    const url = readRedisUrl();
    g.__couponWalletStore = url ? createRedisStore(url) : createMemoryStore();
  }
  return g.__couponWalletStore;
}

export type { KeyValueStore, LimiterOptions } from "./types";
export { createMemoryStore } from "./memory-store";
