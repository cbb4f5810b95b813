import "server-only";
import { processSingleton } from "@/lib/server/singleton";
import { getCapillary } from "@/lib/capillary";
import { isOutage } from "@/lib/capillary";
import type { Coupon } from "@/lib/capillary";
import { log } from "@/lib/server/log";
import { metrics } from "@/lib/server/metrics";
import { getStore } from "@/lib/server/store";
import { createCouponReader } from "./read-coupons";
import { createSeriesCache } from "./series-cache";
import type { WalletData } from "@/lib/shared/wallet/types";
import { fromWire, toWire, type WalletWire } from "@/lib/shared/wallet/wire";

/** As long as an offline wallet stays worth showing: the best open-source web wallet keeps about 48 hours. */
const WALLET_COPY_MS = 48 * 60 * 60 * 1000;
/**
 * The saved copy is `toWire`'s form (each series once). Its own key, so that during a rolling deploy an
 * instance from before the form never reads a copy it cannot (nor this one an older form).
 */
const walletKey = (customerId: string) => `wallet-wire:${customerId}`;

const seriesCache = () =>
  processSingleton("series-cache", () =>
    createSeriesCache((ids) => getCapillary().getCouponSeries(ids), {
      store: getStore(),
      onLookup: (result, count) => metrics().cacheLookups.inc({ cache: "series", result }, count),
    }),
  );

const reader = () =>
  processSingleton("coupon-reader", () =>
    createCouponReader({
      listCustomerCoupons: (customerId) => getCapillary().listCustomerCoupons(customerId),
      listCouponPage: (query) => getCapillary().listCouponPage(query),
      seriesOf: (ids) => seriesCache().getMany(ids),
      store: getStore(),
      onSeriesUnavailable: (error) =>
        log.warn("series details unavailable; showing embedded series", {
          error: error instanceof Error ? error.name : "unknown",
        }),
    }),
  );

/** Whole-wallet reads under way, by customer: a page's read-ahead and the browser's request share one. */
const wholeReads = () => processSingleton("wallet-whole-reads", () => new Map<string, Promise<WalletData>>());

/**
 * The shopper's last good wallet, marked stale, when Capillary fails; the failure itself when there is no
 * copy. A forbidden or unknown customer is an answer and is never covered up with an old copy.
 */
async function lastGoodWallet(customerId: string, error: unknown): Promise<WalletData> {
  if (!isOutage(error)) throw error;
  const saved = await getStore().get<WalletWire>(walletKey(customerId));
  if (!saved) throw error;
  const copy = fromWire(saved);
  metrics().cacheLookups.inc({ cache: "wallet", result: "stale" });
  log.warn("Capillary failing; serving the last good wallet", {
    kind: error.kind,
    fetchedAt: copy.fetchedAt,
  });
  return { ...copy, stale: true };
}

/**
 * The JSON each freshly read wallet was saved as. Its response body is the same text, so a wallet is
 * serialised once per read (for 5,000 coupons, 5.5 MB of JSON) rather than once for the copy and again for
 * the answer. Only the very object read is found here: a copy changed since (marked stale) is not.
 */
const savedJson = new WeakMap<WalletData, string>();

function saved(customerId: string, coupons: Coupon[]): WalletData {
  // `fetchedAt` first: the copy's text then says when it was read in its first characters (`savedAt`).
  const wallet: WalletData = { fetchedAt: new Date().toISOString(), coupons };
  const json = JSON.stringify(toWire(wallet));
  savedJson.set(wallet, json);
  // Not awaited: saving the copy must not slow the view, and the store never rejects.
  void getStore().setJson(walletKey(customerId), json, WALLET_COPY_MS);
  return wallet;
}

/**
 * A wallet as the JSON of a response body: in `toWire`'s form (each series once) for a browser that asked
 * for it, else whole coupons, as before the form, for a page loaded before it and still open.
 */
export const walletJson = (wallet: WalletData, seriesOnce: boolean): string =>
  seriesOnce ? (savedJson.get(wallet) ?? JSON.stringify(toWire(wallet))) : JSON.stringify(wallet);

async function readWholeWallet(customerId: string): Promise<WalletData> {
  try {
    return saved(customerId, (await reader().whole(customerId)).coupons);
  } catch (error) {
    return lastGoodWallet(customerId, error);
  }
}

/**
 * A shopper's whole wallet. Up to 100 coupons: one coupons call, plus at most one batched series call for
 * series not yet cached; a bigger wallet by pages of the paginated list (read-coupons.ts).
 */
export function getWallet(customerId: string): Promise<WalletData> {
  const reads = wholeReads();
  const running = reads.get(customerId);
  if (running) return running;
  const read = readWholeWallet(customerId).finally(() => reads.delete(customerId));
  reads.set(customerId, read);
  return read;
}

/**
 * What the wallet page's first paint needs: a small wallet whole (as `getWallet`), a big one's first page
 * of usable coupons marked `partial`, whose rest the browser then asks for (`walletJsonAsOf`). When
 * Capillary fails, the last good copy, marked stale.
 */
export async function getFirstPaintWallet(customerId: string): Promise<WalletData> {
  try {
    const read = await reader().firstPaint(customerId);
    if (read.complete) return saved(customerId, read.coupons);
    return { coupons: read.coupons, fetchedAt: new Date().toISOString(), partial: { total: read.total } };
  } catch (error) {
    return lastGoodWallet(customerId, error);
  }
}

/** Starts reading a big wallet whole ahead of the browser's request for it (errors are that request's). */
export function readAheadWholeWallet(customerId: string): Promise<void> {
  return getWallet(customerId).then(
    () => undefined,
    () => undefined,
  );
}

/** When a saved copy was read, from the start of its text (`saved` writes `fetchedAt` first). */
const savedAt = (json: string): string | null => /^\{"fetchedAt":"([^"\\]{1,40})"/.exec(json)?.[1] ?? null;

/**
 * The whole of a wallet whose page showed only part of it as of `fetchedAt`, as JSON: the read under way,
 * or the saved copy when it is at least that recent (finishing the page then costs Capillary nothing), else
 * a fresh read. The copy is answered as the text it was saved as: for 5,000 coupons that spares parsing
 * 5.5 MB only to write it out again, on the request that most often finds the read-ahead finished.
 */
export async function walletJsonAsOf(
  customerId: string,
  fetchedAt: string,
  seriesOnce: boolean,
): Promise<string> {
  const running = wholeReads().get(customerId);
  if (running) return walletJson(await running, seriesOnce);
  const copy = await getStore().getJson(walletKey(customerId));
  if (copy !== undefined && (savedAt(copy) ?? "") >= fetchedAt)
    return seriesOnce ? copy : JSON.stringify(fromWire(JSON.parse(copy) as WalletWire));
  return walletJson(await getWallet(customerId), seriesOnce);
}

/**
 * One of the shopper's own coupons, by id: from the saved copy when it has it (the series rules and code
 * do not change; what has happened since is Capillary's to say through `is_redeemable`), else from a fresh
 * wallet. Null when the shopper holds no such coupon: an id is never looked up anywhere but in their own.
 */
export async function getOwnCoupon(customerId: string, couponId: string): Promise<Coupon | null> {
  const copy = await getStore().get<WalletWire>(walletKey(customerId));
  const saved = copy && fromWire(copy).coupons.find((coupon) => coupon.id === couponId);
  if (saved) return saved;
  const wallet = await getWallet(customerId);
  return wallet.coupons.find((coupon) => coupon.id === couponId) ?? null;
}
