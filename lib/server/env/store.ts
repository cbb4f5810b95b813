import "server-only";

import type { RawEnv } from "./fields";

export interface StoreEnv {
  /** Shared store for caches and throttles; unset means each instance keeps its own, in memory. */
  redisUrl: string | undefined;
}

export function readStore(raw: RawEnv, problems: string[]): StoreEnv {
  const url = raw.REDIS_URL?.trim();
  if (!url) return { redisUrl: undefined };
  const protocol = URL.canParse(url) ? new URL(url).protocol : "";
  if (protocol !== "redis:" && protocol !== "rediss:") {
    problems.push("REDIS_URL must be a redis:// or rediss:// URL, e.g. redis://127.0.0.1:6379");
    return { redisUrl: undefined };
  }
  return { redisUrl: url };
}
