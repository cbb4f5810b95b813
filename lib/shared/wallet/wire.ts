import type { Coupon } from "@/lib/capillary";
import type { WalletData } from "./types";

type Series = Coupon["series"];

/** A coupon as `/api/wallet` sends it: without its series when the answer's `series` has that very one. */
export type WireCoupon = Omit<Coupon, "series"> & { series?: Series };

/** `/api/wallet`'s JSON, and the server's saved copy: `toWire` of a wallet. */
export interface WalletWire extends Omit<WalletData, "coupons"> {
  /** Series by id, each written once; absent from answers (and copies) made before it. */
  series?: Record<string, Series>;
  coupons: WireCoupon[];
}

/**
 * The wallet with each series written once: a big wallet's coupons share a handful of series (5,000
 * coupons, 10 series: 3.1 of their 5.5 MB of JSON were the same series again), which the server wrote,
 * saved and sent, and the browser parsed, coupon by coupon. A coupon whose series is not the very object
 * its id's first coupon carried keeps its own, so nothing is lost when two copies of a series differ.
 */
export function toWire(wallet: WalletData): WalletWire {
  const series: Record<string, Series> = Object.create(null);
  const coupons = wallet.coupons.map((coupon): WireCoupon => {
    const first = (series[coupon.seriesId] ??= coupon.series);
    if (first !== coupon.series) return coupon;
    const { series: _, ...rest } = coupon;
    return rest;
  });
  const { coupons: _, ...rest } = wallet;
  return { ...rest, series, coupons };
}

/**
 * The wallet of a freshly parsed `toWire` JSON: each coupon given its series back (one object per series,
 * shared), in place. An answer or copy from before the table comes back as it was.
 */
export function fromWire(wire: WalletWire): WalletData {
  const { series, coupons, ...rest } = wire;
  if (!series) return wire as WalletData;
  for (const coupon of coupons) coupon.series ??= series[coupon.seriesId];
  return { ...rest, coupons: coupons as Coupon[] };
}
