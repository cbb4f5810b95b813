import { describe, expect, it } from "vitest";
import { createVerifiedTokenCache } from "./verified-tokens";

describe("verified token cache", () => {
  const now = Date.parse("2026-11-23T10:00:00Z");
  const jwt = { role: "shopper" as const, customerId: "500000001", exp: now / 1000 + 3600 };

  it("answers for the exact token it verified, and only that one", () => {
    const cache = createVerifiedTokenCache();
    cache.remember("token-a", jwt, now);
    expect(cache.get("token-a", now + 1000)).toEqual(jwt);
    expect(cache.get("token-a ", now + 1000)).toBeUndefined();
    expect(cache.get("token-b", now + 1000)).toBeUndefined();
  });

  it("never answers for a token past its exp", () => {
    const cache = createVerifiedTokenCache();
    cache.remember("token-a", { ...jwt, exp: now / 1000 + 2 }, now);
    expect(cache.get("token-a", now + 1000)).toBeDefined();
    expect(cache.get("token-a", now + 2000)).toBeUndefined();
  });

  it("does not remember tokens without a future exp", () => {
    const cache = createVerifiedTokenCache();
    cache.remember("no-exp", { role: "shopper" }, now);
    cache.remember("expired", { ...jwt, exp: now / 1000 - 1 }, now);
    expect(cache.get("no-exp", now)).toBeUndefined();
    expect(cache.get("expired", now)).toBeUndefined();
  });
});
