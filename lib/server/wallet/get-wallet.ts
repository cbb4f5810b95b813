import "server-only";
import { processSingleton } from "@/lib/server/singleton";
import { getCapillary } from "@/lib/capillary";
import { isOutage } from "@/lib/capillary";
import type { Coupon, SeriesSummary } from "@/lib/capillary";
import { log } from "@/lib/server/log";
import { metrics } from "@/lib/server/metrics";
import { getStore } from "@/lib/server/store";
import { createSeriesCache } from "./series-cache";
import type { WalletData } from "@/lib/shared/wallet/types";

/** As long as an offline wallet stays worth showing: the best open-source web wallet keeps about 48 hours. */
const WALLET_COPY_MS = 48 * 60 * 60 * 1000;
const walletKey = (customerId: string) => `wallet:${customerId}`;

const seriesCache = () =>
  processSingleton("series-cache", () =>
    createSeriesCache((ids) => getCapillary().getCouponSeries(ids), {
      store: getStore(),
      onLookup: (result, count) => metrics().cacheLookups.inc({ cache: "series", result }, count),
    }),
  );

// The coupons call embeds each coupon's series, but only /v2/coupon/series carries the series' standard
// terms (customPropertyMap) and `redemptionValidAfterDays`, so those are laid over the embedded copy.
function withSeriesDetails(coupon: Coupon, details: SeriesSummary | undefined): Coupon {
  if (!details) return coupon;
  const { series } = coupon;
  return {
    ...coupon,
    series: {
      ...series,
      termsAndConditions: details.termsAndConditions ?? series.termsAndConditions,
      standardTermsAndConditions: details.standardTermsAndConditions ?? series.standardTermsAndConditions,
      conditions: {
        ...series.conditions,
        redeemableAfterDays: details.conditions.redeemableAfterDays ?? series.conditions.redeemableAfterDays,
      },
    },
  };
}

/**
 * The shopper's last good wallet, marked stale, when Capillary fails; the failure itself when there is no
 * copy. A forbidden or unknown customer is an answer and is never covered up with an old copy.
 */
async function lastGoodWallet(customerId: string, error: unknown): Promise<WalletData> {
  if (!isOutage(error)) throw error;
  const copy = await getStore().get<WalletData>(walletKey(customerId));
  if (!copy) throw error;
  metrics().cacheLookups.inc({ cache: "wallet", result: "stale" });
  log.warn("Capillary failing; serving the last good wallet", {
    kind: error.kind,
    fetchedAt: copy.fetchedAt,
  });
  return { ...copy, stale: true };
}

/** A shopper's wallet: one coupons call, plus at most one batched series call for series not yet cached. */
export async function getWallet(customerId: string): Promise<WalletData> {
  let coupons: Coupon[];
  try {
    coupons = await getCapillary().listCustomerCoupons(customerId);
  } catch (error) {
    return lastGoodWallet(customerId, error);
  }
  let details = new Map<string, SeriesSummary>();
  try {
    details = await seriesCache().getMany(coupons.map((coupon) => coupon.seriesId));
  } catch (error) {
    // Terms are a detail; the coupons themselves are still worth showing.
    log.warn("series details unavailable; showing embedded series", {
      error: error instanceof Error ? error.name : "unknown",
    });
  }
  const wallet: WalletData = {
    coupons: coupons.map((coupon) => withSeriesDetails(coupon, details.get(coupon.seriesId))),
    fetchedAt: new Date().toISOString(),
  };
  // Not awaited: saving the copy must not slow the view, and the store never rejects.
  void getStore().set(walletKey(customerId), wallet, WALLET_COPY_MS);
  return wallet;
}

/**
 * The wallet exactly as the server fetched it at `fetchedAt`: the rest of a page that carried only each
 * tab's first page. Served from the saved copy, so finishing the page costs Capillary nothing; when that
 * copy has been replaced (or has gone), a fresh wallet instead.
 */
export async function getWalletAsOf(customerId: string, fetchedAt: string): Promise<WalletData> {
  const copy = await getStore().get<WalletData>(walletKey(customerId));
  if (copy && copy.fetchedAt === fetchedAt) return copy;
  return getWallet(customerId);
}

/**
 * One of the shopper's own coupons, by id: from the saved copy when it has it (the series rules and code
 * do not change; what has happened since is Capillary's to say through `is_redeemable`), else from a fresh
 * wallet. Null when the shopper holds no such coupon: an id is never looked up anywhere but in their own.
 */
export async function getOwnCoupon(customerId: string, couponId: string): Promise<Coupon | null> {
  const copy = await getStore().get<WalletData>(walletKey(customerId));
  const saved = copy?.coupons.find((coupon) => coupon.id === couponId);
  if (saved) return saved;
  const wallet = await getWallet(customerId);
  return wallet.coupons.find((coupon) => coupon.id === couponId) ?? null;
}
