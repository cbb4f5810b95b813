import "server-only";
import { getCapillary } from "@/lib/capillary";
import type { Coupon, SeriesSummary } from "@/lib/capillary/types";
import { log } from "@/lib/log";
import { createSeriesCache } from "./series-cache";
import type { WalletData } from "./types";

function seriesCache() {
  const g = globalThis as typeof globalThis & {
    __couponWalletSeriesCache?: ReturnType<typeof createSeriesCache>;
  };
  g.__couponWalletSeriesCache ??= createSeriesCache((ids) => getCapillary().getCouponSeries(ids));
  return g.__couponWalletSeriesCache;
}

// The coupons call embeds each coupon's series, but only /v2/coupon/series carries the series' standard
// terms (customPropertyMap), so the details are laid over the embedded copy where they exist.
function withSeriesDetails(coupon: Coupon, details: SeriesSummary | undefined): Coupon {
  if (!details) return coupon;
  return {
    ...coupon,
    series: {
      ...coupon.series,
      termsAndConditions: details.termsAndConditions ?? coupon.series.termsAndConditions,
      standardTermsAndConditions:
        details.standardTermsAndConditions ?? coupon.series.standardTermsAndConditions,
    },
  };
}

/** A shopper's wallet: one coupons call, plus at most one batched series call for series not yet cached. */
export async function getWallet(customerId: string): Promise<WalletData> {
  const coupons = await getCapillary().listCustomerCoupons(customerId);
  let details = new Map<string, SeriesSummary>();
  try {
    details = await seriesCache().getMany(coupons.map((coupon) => coupon.seriesId));
  } catch (error) {
    // Terms are a detail; the coupons themselves are still worth showing.
    log.warn("series details unavailable; showing embedded series", {
      error: error instanceof Error ? error.name : "unknown",
    });
  }
  return {
    coupons: coupons.map((coupon) => withSeriesDetails(coupon, details.get(coupon.seriesId))),
    fetchedAt: new Date().toISOString(),
  };
}
