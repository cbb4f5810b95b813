import { describe, expect, it } from "vitest";
import { createMemoryStore } from "./memory-store";
import { claimAndListContract } from "./store-contract";

describe("memory store", () => {
  const shared = createMemoryStore();
  it("round-trips plain data as a copy, expires it and deletes it", async () => {
    const store = createMemoryStore();
    const value = { coupons: [{ id: "1" }], fetchedAt: "2026-01-01T10:42:00.000Z" };
    await store.set("wallet:1", value, 60_000);
    value.coupons.push({ id: "2" });
    expect(await store.get("wallet:1")).toEqual({ coupons: [{ id: "1" }], fetchedAt: value.fetchedAt });

    await store.set("short", 1, 20);
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(await store.get("short")).toBeUndefined();

    await store.delete("wallet:1");
    expect(await store.get("wallet:1")).toBeUndefined();
  });

  it("is bounded by count and by size", async () => {
    const store = createMemoryStore({ maxEntries: 3, maxChars: 1_000 });
    for (const key of ["a", "b", "c", "d"]) await store.set(key, key, 60_000);
    expect(await store.get("a")).toBeUndefined();
    expect(await store.get("d")).toBe("d");
    // Bigger than a quarter of the budget: not kept, and nothing else is pushed out for it.
    await store.set("huge", "x".repeat(400), 60_000);
    expect(await store.get("huge")).toBeUndefined();
    expect(await store.get("d")).toBe("d");
  });

  it("builds limiters that count per key", async () => {
    const limiter = createMemoryStore().createLimiter({ keyPrefix: "t", points: 2, duration: 60 });
    await limiter.consume("k");
    await limiter.consume("k");
    await expect(limiter.consume("k")).rejects.toMatchObject({ remainingPoints: 0 });
    await expect(limiter.consume("other")).resolves.toMatchObject({ remainingPoints: 1 });
  });

  it("keeps a claimed key however full the cache, through a rewrite, until deleted", async () => {
    const store = createMemoryStore({ maxEntries: 2 });
    expect(await store.claim("sent:1", "pending", 60_000)).toBe(true);
    await store.set("sent:1", "done", 60_000);
    for (const key of ["a", "b", "c"]) await store.set(key, key, 60_000);
    expect(await store.claim("sent:1", "again", 60_000)).toBe(false);
    expect(await store.get("sent:1")).toBe("done");
    await store.delete("sent:1");
    expect(await store.get("sent:1")).toBeUndefined();
    expect(await store.claim("sent:1", "again", 60_000)).toBe(true);
    await store.set("plain", 1, 60_000);
    expect(await store.claim("plain", 2, 60_000)).toBe(false);
  });

  it("keeps sets apart from the cache: add, remove, list, expire", async () => {
    const store = createMemoryStore({ maxEntries: 2 });
    await store.addToSet("subs", "x", 60_000);
    await store.addToSet("subs", "y", 60_000);
    await store.addToSet("subs", "x", 60_000);
    for (const key of ["a", "b", "c"]) await store.set(key, key, 60_000);
    expect((await store.setMembers("subs")).sort()).toEqual(["x", "y"]);
    await store.removeFromSet("subs", "x");
    expect(await store.setMembers("subs")).toEqual(["y"]);
    // Months: longer than a Node timer can wait.
    await store.addToSet("long", "device", 180 * 24 * 60 * 60 * 1000);
    expect(await store.claim("long", true, 180 * 24 * 60 * 60 * 1000)).toBe(true);
    await store.addToSet("short", "z", 20);
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(await store.setMembers("short")).toEqual([]);
    expect(await store.setMembers("long")).toEqual(["device"]);
    expect(await store.claim("long", true, 1_000)).toBe(false);
  });

  claimAndListContract(() => shared);
});
