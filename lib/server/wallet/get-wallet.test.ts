import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Coupon, SeriesSummary } from "@/lib/capillary";
import { CapillaryError } from "@/lib/capillary";
import { makeCoupon } from "@/lib/shared/coupons/test-coupon";

const upstream = vi.hoisted(() => ({
  listCustomerCoupons: vi.fn<(id: string) => Promise<Coupon[]>>(),
  // The size probe of a first view: these wallets are small (the list's first page holds them all).
  listCouponPage: vi.fn(async () => ({ coupons: [], total: 0, offset: 0, limit: 100 })),
  getCouponSeries: vi.fn<(ids: readonly string[]) => Promise<Map<string, SeriesSummary>>>(),
}));
vi.mock("@/lib/capillary", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/capillary")>()),
  getCapillary: () => upstream,
}));

const { getFirstPaintWallet, getWallet, walletJson, walletJsonAsOf } = await import("./get-wallet");
const { getStore } = await import("@/lib/server/store");
const { fromWire } = await import("@/lib/shared/wallet/wire");

function coupon(id: string, seriesId: string): Coupon {
  const base = makeCoupon({ id, code: `CODE${id}`, seriesId });
  return {
    ...base,
    series: {
      ...base.series,
      id: seriesId,
      termsAndConditions: "embedded",
      standardTermsAndConditions: null,
    },
  };
}

function seriesDetails(ids: readonly string[]) {
  return new Map(
    ids.map((id) => [
      id,
      {
        ...coupon("0", id).series,
        termsAndConditions: `terms ${id}`,
        standardTermsAndConditions: `standard ${id}`,
      },
    ]),
  );
}

describe("getWallet", () => {
  beforeEach(() => {
    // Each test uses its own series ids, so the process-wide cache from earlier tests never answers for it.
    upstream.listCustomerCoupons.mockReset();
    upstream.getCouponSeries.mockReset().mockImplementation(async (ids) => seriesDetails(ids));
  });

  it("costs one coupons call and one batched series call cold (after the size probe), and one call warm", async () => {
    upstream.listCustomerCoupons.mockResolvedValue([
      coupon("1", "701"),
      coupon("2", "702"),
      coupon("3", "701"),
    ]);
    const cold = await getWallet("500000001");
    expect(upstream.listCustomerCoupons).toHaveBeenCalledTimes(1);
    expect(upstream.getCouponSeries).toHaveBeenCalledTimes(1);
    expect(upstream.getCouponSeries).toHaveBeenCalledWith(["701", "702"]);
    expect(cold.coupons.map((c) => c.series.standardTermsAndConditions)).toEqual([
      "standard 701",
      "standard 702",
      "standard 701",
    ]);

    const probes = upstream.listCouponPage.mock.calls.length;
    await getWallet("500000001");
    expect(upstream.listCustomerCoupons).toHaveBeenCalledTimes(2);
    expect(upstream.listCouponPage).toHaveBeenCalledTimes(probes);
    expect(upstream.getCouponSeries).toHaveBeenCalledTimes(1);
  });

  it("shares one read between requests for the same wallet made while it is under way", async () => {
    upstream.listCustomerCoupons.mockResolvedValue([coupon("31", "3101")]);
    const [a, b] = await Promise.all([getWallet("500000031"), getWallet("500000031")]);
    expect(a).toBe(b);
    expect(upstream.listCustomerCoupons).toHaveBeenCalledTimes(1);
  });

  it("100 shoppers opening their wallets at once cost one series call per distinct series", async () => {
    upstream.listCustomerCoupons.mockImplementation(async (id) => [
      coupon(`${id}-a`, "801"),
      coupon(`${id}-b`, "802"),
    ]);
    await Promise.all(Array.from({ length: 100 }, (_, i) => getWallet(String(600000000 + i))));
    expect(upstream.listCustomerCoupons).toHaveBeenCalledTimes(100);
    expect(upstream.getCouponSeries).toHaveBeenCalledTimes(1);
  });

  it("still shows the coupons, with their embedded terms, when the series call fails", async () => {
    upstream.listCustomerCoupons.mockResolvedValue([coupon("9", "901")]);
    upstream.getCouponSeries.mockRejectedValue(new Error("upstream down"));
    const wallet = await getWallet("500000001");
    expect(wallet.coupons).toHaveLength(1);
    expect(wallet.coupons[0]?.series.termsAndConditions).toBe("embedded");
  });

  it("serves the last good wallet, marked stale and with its own time, when Capillary fails", async () => {
    upstream.listCustomerCoupons.mockResolvedValue([coupon("11", "1101")]);
    const fresh = await getWallet("500000011");
    expect(fresh.stale).toBeUndefined();

    for (const kind of ["unavailable", "timeout", "rate_limited"] as const) {
      upstream.listCustomerCoupons.mockRejectedValueOnce(new CapillaryError(kind, "down"));
      const stale = await getWallet("500000011");
      expect(stale).toEqual({ ...fresh, stale: true });
    }
  });

  it("writes a fresh wallet as JSON once, for its saved copy and its answer alike", async () => {
    upstream.listCustomerCoupons.mockResolvedValue([coupon("14", "1401"), coupon("15", "1402")]);
    const stringify = vi.spyOn(JSON, "stringify");
    try {
      const wallet = await getWallet("500000014");
      const body = walletJson(wallet, true);
      // The wallet is written in its wire form (each series once), and only once.
      const ofWallet = stringify.mock.calls.flatMap(([value], i) =>
        (value as { coupons?: unknown } | undefined)?.coupons !== undefined ? [i] : [],
      );
      expect(ofWallet).toHaveLength(1);
      expect(body).toBe(stringify.mock.results[ofWallet[0]!]?.value);
      expect(fromWire(JSON.parse(body))).toEqual(wallet);
    } finally {
      stringify.mockRestore();
    }
    // A copy marked stale is not the object that was read: its own JSON says so.
    upstream.listCustomerCoupons.mockRejectedValueOnce(new CapillaryError("unavailable", "down"));
    expect(JSON.parse(walletJson(await getWallet("500000014"), true))).toMatchObject({ stale: true });
  });

  it("never covers an answer (forbidden) or a shopper with no copy", async () => {
    upstream.listCustomerCoupons.mockResolvedValue([coupon("12", "1201")]);
    await getWallet("500000012");
    upstream.listCustomerCoupons.mockRejectedValue(new CapillaryError("forbidden", "no"));
    await expect(getWallet("500000012")).rejects.toMatchObject({ kind: "forbidden" });
    upstream.listCustomerCoupons.mockRejectedValue(new CapillaryError("unavailable", "down"));
    await expect(getWallet("500000013")).rejects.toMatchObject({ kind: "unavailable" });
  });
});

describe("walletJsonAsOf", () => {
  beforeEach(() => {
    upstream.listCustomerCoupons.mockReset();
    upstream.getCouponSeries.mockReset().mockImplementation(async (ids) => seriesDetails(ids));
  });

  it("answers with the saved text of the wallet fetched at that time, neither parsed nor rewritten", async () => {
    upstream.listCustomerCoupons.mockResolvedValue([coupon("21", "2101"), coupon("22", "2101")]);
    const shown = await getWallet("500000021");
    const store = getStore();
    const get = vi.spyOn(store, "get");
    const parse = vi.spyOn(JSON, "parse");
    const stringify = vi.spyOn(JSON, "stringify");
    try {
      const whole = await walletJsonAsOf("500000021", shown.fetchedAt, true);
      expect(whole).toBe(await store.getJson("wallet-wire:500000021"));
      expect(whole.startsWith(`{"fetchedAt":"${shown.fetchedAt}",`)).toBe(true);
      expect(get).not.toHaveBeenCalled();
      expect(parse).not.toHaveBeenCalled();
      expect(stringify).not.toHaveBeenCalled();
      expect(fromWire(JSON.parse(whole))).toEqual(shown);
    } finally {
      vi.restoreAllMocks();
    }
    expect(upstream.listCustomerCoupons).toHaveBeenCalledTimes(1);
  });

  it("answers whole coupons to a page that did not ask for the series once (loaded before that form)", async () => {
    upstream.listCustomerCoupons.mockResolvedValue([coupon("26", "2601"), coupon("27", "2601")]);
    const shown = await getWallet("500000026");
    const fromCopy = JSON.parse(await walletJsonAsOf("500000026", shown.fetchedAt, false));
    expect(fromCopy).toEqual(shown);
    expect(fromCopy.series).toBeUndefined();
    expect(JSON.parse(walletJson(shown, false))).toEqual(shown);
    expect(upstream.listCustomerCoupons).toHaveBeenCalledTimes(1);
  });

  it("answers with the read under way when there is one, without another call", async () => {
    upstream.listCustomerCoupons.mockResolvedValue([coupon("25", "2501")]);
    const painted = await getFirstPaintWallet("500000025");
    const reading = getWallet("500000025");
    const whole = await walletJsonAsOf("500000025", painted.fetchedAt, true);
    expect(whole).toBe(walletJson(await reading, true));
    expect(upstream.listCustomerCoupons).toHaveBeenCalledTimes(2);
  });

  it("fetches afresh when the copy is older than the page or belongs to nobody asked for", async () => {
    upstream.listCustomerCoupons.mockResolvedValue([coupon("23", "2301")]);
    const shown = await getWallet("500000023");
    await walletJsonAsOf("500000023", "2999-01-01T00:00:00.000Z", true);
    expect(upstream.listCustomerCoupons).toHaveBeenCalledTimes(2);
    // Another shopper's fetchedAt reads only that shopper's own copy key.
    await walletJsonAsOf("500000024", shown.fetchedAt, true);
    expect(upstream.listCustomerCoupons).toHaveBeenLastCalledWith("500000024");
  });
});
