import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findRedisServer, freePort, startRedisServer, type RunningRedis } from "@/test/support/redis-server";
import { createRedisStore } from "./redis-store";
import { claimAndListContract } from "./store-contract";
import type { KeyValueStore } from "./types";

// CI installs Debian's redis-server (.ci/run); a laptop without it skips these with a reason.
const binary = findRedisServer();
if (!binary)
  console.warn("redis-server not installed: skipping the Redis store tests (apt-get install redis-server)");

describe.skipIf(!binary)("redis store (a real redis-server)", () => {
  let redis: RunningRedis;
  const stores: KeyValueStore[] = [];
  const open = (url = redis.url) => {
    const store = createRedisStore(url);
    stores.push(store);
    return store;
  };

  beforeAll(async () => {
    redis = await startRedisServer();
  });
  afterAll(async () => {
    await Promise.all(stores.map((store) => store.close()));
    await redis?.stop();
  });

  it("round-trips JSON with a PX expiry, and a second connection sees the same values", async () => {
    const a = open();
    const b = open();
    await a.set("series:1", { id: "1", terms: "T&C" }, 60_000);
    expect(await b.get("series:1")).toEqual({ id: "1", terms: "T&C" });

    await a.set("short", 1, 30);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await b.get("short")).toBeUndefined();

    await b.delete("series:1");
    expect(await a.get("series:1")).toBeUndefined();
  });

  it("limiters built on two connections share one count", async () => {
    const limit = { keyPrefix: "shared", points: 3, duration: 60 };
    const a = open().createLimiter(limit);
    const b = open().createLimiter(limit);
    await a.consume("919000000001");
    await b.consume("919000000001");
    await a.consume("919000000001");
    await expect(b.consume("919000000001")).rejects.toMatchObject({ remainingPoints: 0 });
  });

  it("a claim is won by one connection only, and sets are shared", async () => {
    const [a, b] = [open(), open()];
    const wins = await Promise.all([a.claim("sent:7", true, 60_000), b.claim("sent:7", true, 60_000)]);
    expect(wins.sort()).toEqual([false, true]);
    await a.addToSet("subs", "x", 60_000);
    await b.addToSet("subs", "y", 60_000);
    expect((await a.setMembers("subs")).sort()).toEqual(["x", "y"]);
    await b.removeFromSet("subs", "x");
    expect(await a.setMembers("subs")).toEqual(["y"]);
  });

  it("answers a miss, quickly, when Redis is unreachable", async () => {
    const down = open(`redis://127.0.0.1:${await freePort()}`);
    const started = Date.now();
    expect(await down.get("anything")).toBeUndefined();
    expect(await down.getJson("anything")).toBeUndefined();
    await expect(down.set("anything", 1, 1_000)).resolves.toBeUndefined();
    await expect(down.claim("anything", true, 1_000)).rejects.toThrow();
    expect(await down.setMembers("anything")).toEqual([]);
    expect(Date.now() - started).toBeLessThan(8_000);
  });
  claimAndListContract(() => open());
});
