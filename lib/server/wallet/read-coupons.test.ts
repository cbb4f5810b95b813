import { beforeEach, describe, expect, it, vi } from "vitest";
import { CapillaryError } from "@/lib/capillary";
import type { Coupon, CouponPage, CouponPageQuery, ListedCoupon, SeriesSummary } from "@/lib/capillary";
import { createMemoryStore } from "@/lib/server/store";
import { makeCoupon } from "@/lib/shared/coupons/test-coupon";
import { createCouponReader, SMALL_WALLET_MAX } from "./read-coupons";

const CUSTOMER = "900000250";

function listed(i: number): ListedCoupon {
  const { uses: _uses, series: _series, ...rest } = makeCoupon({ id: `L${i}`, code: `LIST${i}` });
  return {
    ...rest,
    seriesId: `S${i % 3}`,
    reportedUses: { redemptionsLeft: 1, redemptionCount: 0 },
    reversedRedemptions: [],
    issuingTransaction: null,
  };
}

/** A Capillary holding `n` coupons, answering list pages of at most `maxPage` (its own undocumented cap). */
function upstream(n: number, options: { maxPage?: number; total?: "sent" | "absent"; usable?: number } = {}) {
  const all = Array.from({ length: n }, (_, i) => listed(i));
  const calls: CouponPageQuery[] = [];
  const listCouponPage = vi.fn(async (query: CouponPageQuery): Promise<CouponPage> => {
    calls.push(query);
    const matching = query.status ? all.slice(0, options.usable ?? n) : all;
    const limit = Math.min(query.limit ?? 100, options.maxPage ?? 100);
    const offset = query.offset ?? 0;
    return {
      coupons: matching.slice(offset, offset + limit),
      total: options.total === "absent" ? null : matching.length,
      offset,
      limit,
    };
  });
  const listCustomerCoupons = vi.fn(async (): Promise<Coupon[]> =>
    all.map((c) => makeCoupon({ id: c.id, code: c.code, seriesId: c.seriesId })),
  );
  const seriesOf = vi.fn(
    async (ids: string[]) =>
      new Map<string, SeriesSummary>(
        ids.map((id) => [id, { ...makeCoupon().series, id, description: `Series ${id}` }]),
      ),
  );
  const reader = createCouponReader({
    listCouponPage,
    listCustomerCoupons,
    seriesOf,
    store: createMemoryStore(),
  });
  return { reader, calls, listCouponPage, listCustomerCoupons, seriesOf };
}

describe("reading a small wallet", () => {
  it("costs one call per view once its size is known; the first view asks the list how big it is", async () => {
    const up = upstream(50);
    const first = await up.reader.firstPaint(CUSTOMER);
    expect(first).toMatchObject({ complete: true, total: 50 });
    expect(first.coupons).toHaveLength(50);
    expect(up.listCouponPage).toHaveBeenCalledTimes(1);
    expect(up.listCustomerCoupons).toHaveBeenCalledTimes(1);

    await up.reader.firstPaint(CUSTOMER);
    await up.reader.whole(CUSTOMER);
    expect(up.listCouponPage).toHaveBeenCalledTimes(1);
    expect(up.listCustomerCoupons).toHaveBeenCalledTimes(3);
  });

  it(`treats ${SMALL_WALLET_MAX} coupons as small and ${SMALL_WALLET_MAX + 1} as big`, async () => {
    const edge = upstream(SMALL_WALLET_MAX);
    await edge.reader.whole(CUSTOMER);
    expect(edge.listCustomerCoupons).toHaveBeenCalledTimes(1);
    const over = upstream(SMALL_WALLET_MAX + 1);
    expect((await over.reader.whole(CUSTOMER)).coupons).toHaveLength(SMALL_WALLET_MAX + 1);
    expect(over.listCustomerCoupons).not.toHaveBeenCalled();
  });
});

describe("reading a big wallet", () => {
  let up: ReturnType<typeof upstream>;
  beforeEach(() => {
    up = upstream(250, { usable: 180 });
  });

  it("reads the whole wallet by pages of the unfiltered list, completed with their series", async () => {
    const whole = await up.reader.whole(CUSTOMER);
    expect(whole).toMatchObject({ complete: true, total: 250 });
    expect(new Set(whole.coupons.map((c) => c.code)).size).toBe(250);
    expect(up.calls.map((q) => [q.offset, q.status])).toEqual([
      [0, undefined],
      [100, undefined],
      [200, undefined],
    ]);
    expect(whole.coupons[1]?.title).toBe("Series S1");
    expect(up.seriesOf).toHaveBeenCalledTimes(1);
    expect(up.seriesOf).toHaveBeenCalledWith(["S0", "S1", "S2"]);
  });

  it("paints first from one page: the list's first on a first view, then the usable coupons' first", async () => {
    const cold = await up.reader.firstPaint(CUSTOMER);
    expect(cold).toMatchObject({ complete: false, total: 250 });
    expect(cold.coupons).toHaveLength(100);
    expect(up.calls).toEqual([{ customerId: CUSTOMER, limit: 100, offset: 0 }]);

    const warm = await up.reader.firstPaint(CUSTOMER);
    expect(warm).toMatchObject({ complete: false, total: 250 });
    expect(up.calls[1]).toEqual({ customerId: CUSTOMER, limit: 100, offset: 0, status: "REDEEMABLE" });
    expect(up.calls).toHaveLength(2);
    expect(up.listCustomerCoupons).not.toHaveBeenCalled();
  });

  it("falls back to the unfiltered list when Capillary refuses the filter, but not when it is down", async () => {
    await up.reader.whole(CUSTOMER); // now known to be big
    up.calls.length = 0;
    up.listCouponPage.mockRejectedValueOnce(new CapillaryError("invalid_input", "bad status"));
    const painted = await up.reader.firstPaint(CUSTOMER);
    expect(painted.coupons).toHaveLength(100);
    expect(up.calls.at(-1)?.status).toBeUndefined();

    up.listCouponPage.mockRejectedValueOnce(new CapillaryError("unavailable", "down"));
    await expect(up.reader.firstPaint(CUSTOMER)).rejects.toMatchObject({ kind: "unavailable" });
  });

  it("steps by the page Capillary actually sends, and reads a list without a total to its short page", async () => {
    const capped = upstream(120, { maxPage: 50 });
    expect((await capped.reader.whole(CUSTOMER)).coupons).toHaveLength(120);
    expect(capped.calls.map((q) => q.offset)).toEqual([0, 50, 100]);

    const untotalled = upstream(230, { total: "absent" });
    expect((await untotalled.reader.whole(CUSTOMER)).coupons).toHaveLength(230);
    expect(untotalled.calls.map((q) => q.offset)).toEqual([0, 100, 200]);
  });

  it("keeps a coupon once when it moved between pages while they were read", async () => {
    const moving = upstream(150);
    const original = moving.listCouponPage.getMockImplementation()!;
    moving.listCouponPage.mockImplementation(async (query) => {
      const page = await original(query);
      // A new coupon pushed everything down by one: the second page starts with the first's last coupon.
      return query.offset === 100 ? { ...page, coupons: [listed(99), ...page.coupons] } : page;
    });
    const whole = await moving.reader.whole(CUSTOMER);
    expect(whole.coupons).toHaveLength(150);
  });

  it("still shows the coupons when the series are unavailable", async () => {
    up.seriesOf.mockRejectedValueOnce(new Error("series down"));
    const whole = await up.reader.whole(CUSTOMER);
    expect(whole.coupons).toHaveLength(250);
    expect(whole.coupons[0]?.uses.kind).toBeDefined();
  });
});
