import "server-only";
import { LRUCache } from "lru-cache";
import type { JWT } from "next-auth/jwt";

const MAX_REMEMBERED_MS = 5 * 60 * 1000;

/**
 * Session tokens already decrypted and verified, so a shopper's repeated requests skip next-auth's key
 * derivation and decryption (the hottest function in the wallet route's CPU profile). Keyed by the exact
 * cookie value: any change to it misses. Entries never outlive the token's own `exp`.
 */
export function createVerifiedTokenCache(max = 5000) {
  const cache = new LRUCache<string, JWT>({ max, ttlAutopurge: false });

  return {
    get(token: string, nowMs: number): JWT | undefined {
      const jwt = cache.get(token);
      if (jwt && typeof jwt.exp === "number" && jwt.exp * 1000 <= nowMs) {
        cache.delete(token);
        return undefined;
      }
      return jwt;
    },
    remember(token: string, jwt: JWT, nowMs: number): void {
      const untilExpiry = typeof jwt.exp === "number" ? jwt.exp * 1000 - nowMs : 0;
      const ttl = Math.min(untilExpiry, MAX_REMEMBERED_MS);
      if (ttl > 0) cache.set(token, jwt, { ttl });
    },
  };
}
