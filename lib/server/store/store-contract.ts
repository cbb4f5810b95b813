// What every store promises the till and reminders, run against each implementation: `open` gives another
// handle on the same store (the memory store: the same object; Redis: a second connection).
import { expect, it } from "vitest";
import type { KeyValueStore } from "./types";

export function claimAndListContract(open: () => KeyValueStore) {
  it("claims a key once, whoever asks, until it expires", async () => {
    const a = open();
    const b = open();
    expect(await a.claim("attempt:1", { by: "a" }, 60_000)).toBe(true);
    expect(await b.claim("attempt:1", { by: "b" }, 60_000)).toBe(false);
    expect(await b.get("attempt:1")).toEqual({ by: "a" });
    expect(await a.claim("attempt:short", 1, 20)).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(await b.claim("attempt:short", 2, 60_000)).toBe(true);
  });

  it("keeps a value given as JSON text as it keeps any other, and reads it back parsed or as that text", async () => {
    const a = open();
    const b = open();
    const text = '{"fetchedAt":"2026-01-01T10:42:00.000Z","coupons":[{"id":"1"}]}';
    await a.setJson("wallet:1", text, 60_000);
    expect(await b.get("wallet:1")).toEqual({
      coupons: [{ id: "1" }],
      fetchedAt: "2026-01-01T10:42:00.000Z",
    });
    expect(await b.getJson("wallet:1")).toBe(text);
    await b.set("series:1", { id: "1" }, 60_000);
    expect(await a.getJson("series:1")).toBe('{"id":"1"}');
    expect(await a.getJson("nothing")).toBeUndefined();
    await a.setJson("wallet:short", "1", 20);
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(await b.get("wallet:short")).toBeUndefined();
  });

  it("keeps lists newest first, bounded", async () => {
    const a = open();
    for (const n of [1, 2, 3, 4]) await a.pushToList("events", { n }, { maxItems: 3, ttlMs: 60_000 });
    expect(await a.readList("events")).toEqual([{ n: 4 }, { n: 3 }, { n: 2 }]);
    expect(await a.readList("nothing")).toEqual([]);
  });
}
