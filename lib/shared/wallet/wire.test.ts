import { describe, expect, it } from "vitest";
import { makeCoupon, QZX30JQLIC } from "@/lib/shared/coupons/test-coupon";
import { fromWire, toWire } from "./wire";
import type { WalletData } from "./types";

const roundTrip = (wallet: WalletData) => fromWire(JSON.parse(JSON.stringify(toWire(wallet))));

describe("the wallet's wire form", () => {
  const shared = { ...QZX30JQLIC.series, id: "901" };
  const other = { ...QZX30JQLIC.series, id: "902", termsAndConditions: "Other terms" };
  const coupons = [
    makeCoupon({ seriesId: "901", series: shared }),
    makeCoupon({ seriesId: "902", series: other }),
    makeCoupon({ seriesId: "901", series: shared }),
    makeCoupon({ seriesId: "901", series: shared }),
  ];
  const wallet: WalletData = { fetchedAt: "2026-12-03T10:00:00.000Z", coupons, stale: true };

  it("writes each series once, starting with when the wallet was fetched, and reads back the same wallet", () => {
    const json = JSON.stringify(toWire(wallet));
    expect(json.startsWith('{"fetchedAt":"2026-12-03T10:00:00.000Z",')).toBe(true);
    expect(json.split('"termsAndConditions":"Other terms"')).toHaveLength(2);
    expect(json.split('"id":"901"')).toHaveLength(2);
    expect(JSON.stringify(wallet).split('"id":"901"')).toHaveLength(4);
    const back = roundTrip(wallet);
    expect(back).toEqual(wallet);
    expect(back.coupons[0]!.series).toBe(back.coupons[2]!.series);
  });

  it("keeps with its coupon a series that is not the one its id's first coupon carried", () => {
    const differing = { ...shared, termsAndConditions: "Changed since" };
    const mixed: WalletData = {
      fetchedAt: wallet.fetchedAt,
      coupons: [...coupons, makeCoupon({ seriesId: "901", series: differing })],
    };
    expect(roundTrip(mixed)).toEqual(mixed);
    expect(roundTrip(mixed).coupons[4]!.series.termsAndConditions).toBe("Changed since");
  });

  it("reads an answer or a copy made before the table as it came", () => {
    const old = JSON.parse(JSON.stringify(wallet));
    expect(fromWire(old)).toEqual(wallet);
  });
});
