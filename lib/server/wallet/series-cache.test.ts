import { describe, expect, it, vi } from "vitest";
import type { SeriesSummary } from "@/lib/capillary";
import { makeCoupon } from "@/lib/shared/coupons/test-coupon";
import { createMemoryStore } from "@/lib/server/store";
import { createSeriesCache } from "./series-cache";

const series = (id: string, terms = `terms ${id}`): SeriesSummary => ({
  ...makeCoupon({ seriesId: id }).series,
  id,
  termsAndConditions: terms,
});
const fetcher = () =>
  vi.fn(async (ids: readonly string[]) => new Map(ids.map((id) => [id, series(id)] as const)));

describe("series cache over a shared store", () => {
  it("a series fetched by one instance is read from the shared store by another", async () => {
    const shared = createMemoryStore();
    const fetchA = fetcher();
    const fetchB = fetcher();
    const a = createSeriesCache(fetchA, { store: shared });
    const b = createSeriesCache(fetchB, { store: shared });
    await a.getMany(["1", "2"]);
    const onB = await b.getMany(["1", "2"]);
    expect(fetchA).toHaveBeenCalledTimes(1);
    expect(fetchB).not.toHaveBeenCalled();
    expect(onB.get("2")?.termsAndConditions).toBe("terms 2");
  });

  it("refreshes a copy older than the TTL, and serves it when Capillary fails", async () => {
    let clock = 0;
    const store = createMemoryStore();
    const first = fetcher();
    await createSeriesCache(first, { store, now: () => clock }).getMany(["7"]);

    clock = 11 * 60 * 1000;
    const failing = vi.fn(async () => {
      throw new Error("down");
    });
    const later = createSeriesCache(failing, { store, now: () => clock });
    expect((await later.getMany(["7", "8"])).get("7")?.termsAndConditions).toBe("terms 7");
    expect(failing).toHaveBeenCalledWith(["7", "8"]);

    // With no copy at all the failure is the caller's to handle (the wallet shows embedded terms).
    await expect(createSeriesCache(failing, { store, now: () => clock }).getMany(["9"])).rejects.toThrow(
      "down",
    );
  });
});
