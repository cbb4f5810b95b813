// Where the browser keeps the last wallet, so a shopper with no signal (or with Capillary down) still has
// their coupons, and the mark that says whose it is and until when. Copies belong to a live session: they
// are cleared on sign-out and before anyone (shopper or staff) signs in, and the service worker serves
// them only while the mark is there (sw/service-worker.ts).
export const WALLET_STORAGE_PREFIX = "coupon-wallet:";
export const WALLET_PERSIST_MAX_AGE_MS = 48 * 60 * 60 * 1000;
/** Beside each copy: when its wallet was fetched (dataUpdatedAt), read without parsing the copy. */
export const UPDATED_AT_SUFFIX = ":updatedAt";

/**
 * Whether the copy saved under `key` may be newer than the wallet the page brought (`pageUpdatedAt`, none
 * when the page came without one). A fresh render is normally newer; a page the service worker kept from
 * earlier (offline) can be older than the copy saved since, and the copy's small mark says when it is from.
 */
export function savedCopyMayBeNewer(storage: Storage, key: string, pageUpdatedAt: number | undefined) {
  if (pageUpdatedAt === undefined) return true;
  const mark = storage.getItem(`${key}${UPDATED_AT_SUFFIX}`);
  // A copy saved before the mark existed is read once; the next save writes its mark.
  if (mark === null) return storage.getItem(key) !== null;
  return Number(mark) > pageUpdatedAt;
}
const WALLET_CACHE_NAMES = ["wallet-pages", "wallet-api"] as const;

/** Not a secret: an opaque owner key that expires with the session (a cookie the browser drops itself). */
export const OFFLINE_MARK_COOKIE = "cw-offline";
/** The same mark for service workers without the Cookie Store API. */
export const OFFLINE_MARK_CACHE = "wallet-session";
export const OFFLINE_MARK_URL = "/__wallet-session";

/** Marks this device's copies as the signed-in shopper's until `endsAt` (epoch ms): the session's end. */
export async function markOfflineCopies(ownerKey: string, endsAt: number): Promise<void> {
  const secure = window.location.protocol === "https:" ? "; Secure" : "";
  document.cookie = `${OFFLINE_MARK_COOKIE}=${ownerKey}; Path=/; Expires=${new Date(endsAt).toUTCString()}; SameSite=Strict${secure}`;
  if (!("caches" in window)) return;
  const mark = new Response(JSON.stringify({ ownerKey, endsAt }), {
    headers: { "Content-Type": "application/json" },
  });
  await (await caches.open(OFFLINE_MARK_CACHE)).put(OFFLINE_MARK_URL, mark);
}

export async function forgetStoredWallets(): Promise<void> {
  for (const key of Object.keys(window.localStorage)) {
    if (key.startsWith(WALLET_STORAGE_PREFIX)) window.localStorage.removeItem(key);
  }
  document.cookie = `${OFFLINE_MARK_COOKIE}=; Path=/; Max-Age=0; SameSite=Strict`;
  if ("caches" in window)
    await Promise.all([...WALLET_CACHE_NAMES, OFFLINE_MARK_CACHE].map((name) => caches.delete(name)));
}
