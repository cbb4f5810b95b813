import { dehydrate, QueryClient } from "@tanstack/react-query";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { WalletData } from "@/lib/shared/wallet/types";
import { groupWallet } from "@/lib/shared/coupons";
import { makeCoupon, QZX30JQLIC, ER07BCJ8 } from "@/lib/shared/coupons/test-coupon";
import { fromWire } from "@/lib/shared/wallet/wire";
import { DEVICE_COPY_MAX_COUPONS, keepWalletOnDevice, WALLET_COPY_VERSION } from "./device-copy";
import { WALLET_PERSIST_MAX_AGE_MS } from "./persistence";

const KEY = "coupon-wallet:owner";
const WALLET_KEY = ["wallet"];
const OLD: WalletData = { coupons: [ER07BCJ8], fetchedAt: "2025-05-24T10:00:00.000Z" };
const NEW: WalletData = { coupons: [QZX30JQLIC], fetchedAt: "2025-05-25T10:00:00.000Z" };

function memoryStorage(entries: Record<string, string> = {}): Storage {
  const map = new Map(Object.entries(entries));
  return {
    get length() {
      return map.size;
    },
    clear: () => map.clear(),
    getItem: (key) => map.get(key) ?? null,
    key: (index) => [...map.keys()][index] ?? null,
    removeItem: (key) => void map.delete(key),
    setItem: (key, value) => void map.set(key, String(value)),
  };
}

const MARK = `${KEY}:updatedAt`;

/** A copy as this device would have saved it, `ageMs` ago. */
function savedCopy(wallet: WalletData, ageMs: number, buster = WALLET_COPY_VERSION): string {
  const saver = new QueryClient();
  saver.setQueryData(WALLET_KEY, wallet, { updatedAt: Date.now() - ageMs });
  return JSON.stringify({ buster, timestamp: Date.now() - ageMs, clientState: dehydrate(saver) });
}

/** Storage that counts the reads of the copy itself (not of its mark). */
function countingReads(storage: Storage): { reads: number } {
  const counted = { reads: 0 };
  const getItem = storage.getItem.bind(storage);
  storage.getItem = (key) => {
    if (key === KEY) counted.reads++;
    return getItem(key);
  };
  return counted;
}

afterEach(() => vi.useRealTimers());

describe("keepWalletOnDevice", () => {
  it("puts the saved wallet back, marked as the device's, when the page brought none", () => {
    const storage = memoryStorage({ [KEY]: savedCopy(OLD, 60_000) });
    const client = new QueryClient();
    keepWalletOnDevice(client, storage, KEY);
    expect(client.getQueryData(WALLET_KEY)).toEqual({ ...OLD, savedOnDevice: true });
  });

  it("leaves an older copy unread when the page brought a wallet, and saves the page's a second later", () => {
    vi.useFakeTimers();
    const storage = memoryStorage({ [KEY]: savedCopy(OLD, 60_000), [MARK]: String(Date.now() - 60_000) });
    const counted = countingReads(storage);
    const client = new QueryClient();
    client.setQueryData(WALLET_KEY, NEW);
    keepWalletOnDevice(client, storage, KEY);
    expect(client.getQueryData(WALLET_KEY)).toEqual(NEW);
    expect(counted.reads).toBe(0);
    vi.advanceTimersByTime(1_000);
    const saved = JSON.parse(storage.getItem(KEY)!);
    expect(saved.buster).toBe(WALLET_COPY_VERSION);
    expect(fromWire(saved.clientState.queries[0].state.data)).toEqual(NEW);
    expect(Number(storage.getItem(MARK))).toBe(client.getQueryState(WALLET_KEY)!.dataUpdatedAt);
  });

  it("puts back a copy newer than the page's wallet: a page the service worker kept from earlier", () => {
    const storage = memoryStorage({ [KEY]: savedCopy(NEW, 60_000), [MARK]: String(Date.now() - 60_000) });
    const client = new QueryClient();
    client.setQueryData(WALLET_KEY, OLD, { updatedAt: Date.now() - 3_600_000 });
    keepWalletOnDevice(client, storage, KEY);
    expect(client.getQueryData(WALLET_KEY)).toEqual({ ...NEW, savedOnDevice: true });
  });

  it("reads a copy saved before its mark existed, and keeps the page's newer wallet", () => {
    const storage = memoryStorage({ [KEY]: savedCopy(OLD, 60_000) });
    const counted = countingReads(storage);
    const client = new QueryClient();
    client.setQueryData(WALLET_KEY, NEW);
    keepWalletOnDevice(client, storage, KEY);
    // Once to see that there is a copy with no mark, once to read it.
    expect(counted.reads).toBe(2);
    expect(client.getQueryData(WALLET_KEY)).toEqual(NEW);
  });

  it("drops a copy that is too old, from another version, or unreadable", () => {
    for (const text of [
      savedCopy(OLD, WALLET_PERSIST_MAX_AGE_MS + 60_000),
      savedCopy(OLD, 60_000, "wallet-v0"),
      "{not json",
    ]) {
      const storage = memoryStorage({ [KEY]: text });
      const client = new QueryClient();
      keepWalletOnDevice(client, storage, KEY);
      expect(client.getQueryData(WALLET_KEY)).toBeUndefined();
    }
  });

  it("saves only the wallet, only once it succeeded, and at most once a second after changes", () => {
    vi.useFakeTimers();
    const storage = memoryStorage();
    const client = new QueryClient();
    const stop = keepWalletOnDevice(client, storage, KEY);
    client.setQueryData(["usable-here", "1"], { usable: true });
    client.setQueryData(WALLET_KEY, { ...NEW, savedOnDevice: true });
    expect(storage.getItem(KEY)).toBeNull();
    vi.advanceTimersByTime(1_000);
    const queries = JSON.parse(storage.getItem(KEY)!).clientState.queries;
    expect(queries.map((q: { queryKey: unknown }) => q.queryKey)).toEqual([WALLET_KEY]);
    expect(fromWire(queries[0].state.data)).toEqual(NEW);
    stop();
    client.setQueryData(WALLET_KEY, { ...NEW, fetchedAt: "later" });
    vi.advanceTimersByTime(1_000);
    expect(fromWire(JSON.parse(storage.getItem(KEY)!).clientState.queries[0].state.data)).toEqual(NEW);
  });

  it("keeps a wallet too big for the device as its first usable coupons, the other tabs' first pages and every count", () => {
    vi.useFakeTimers();
    const now = Date.now();
    const day = 24 * 60 * 60 * 1000;
    const coupons = Array.from({ length: DEVICE_COPY_MAX_COUPONS + 600 }, (_, i) =>
      makeCoupon({
        activeFrom: new Date(now - 30 * day).toISOString(),
        // Two in three usable, with different expiry dates; one in three expired.
        validTill: new Date(i % 3 === 0 ? now - (i + 1) * 60_000 : now + (i + 1) * day).toISOString(),
      }),
    );
    const whole: WalletData = { coupons, fetchedAt: new Date(now).toISOString() };
    const view = groupWallet(coupons, now);
    expect(view.active.length).toBeGreaterThan(DEVICE_COPY_MAX_COUPONS);
    const storage = memoryStorage();
    const client = new QueryClient();
    client.setQueryData(WALLET_KEY, whole);
    keepWalletOnDevice(client, storage, KEY);
    vi.advanceTimersByTime(1_000);
    const saved = JSON.parse(storage.getItem(KEY)!).clientState.queries[0].state.data as WalletData;
    expect(saved.coupons.map((c) => c.id)).toEqual([
      ...view.active.slice(0, DEVICE_COPY_MAX_COUPONS).map((c) => c.id),
      ...view.expired.slice(0, 20).map((c) => c.id),
    ]);
    expect(saved.partial).toEqual({
      total: coupons.length,
      counts: { active: view.active.length, used: 0, expired: view.expired.length },
    });
    expect(saved.fetchedAt).toBe(whole.fetchedAt);
    // The page's own wallet stays whole.
    expect(client.getQueryData<WalletData>(WALLET_KEY)!.coupons).toHaveLength(coupons.length);
  });

  it("puts back a copy it saved itself, each series written once", () => {
    vi.useFakeTimers();
    const storage = memoryStorage();
    const shared = { ...QZX30JQLIC.series, id: "950" };
    const wallet: WalletData = {
      fetchedAt: NEW.fetchedAt,
      coupons: [
        makeCoupon({ seriesId: "950", series: shared }),
        makeCoupon({ seriesId: "950", series: shared }),
      ],
    };
    const saver = new QueryClient();
    saver.setQueryData(WALLET_KEY, wallet);
    keepWalletOnDevice(saver, storage, KEY);
    vi.advanceTimersByTime(1_000);
    expect(storage.getItem(KEY)!.split('"id":"950"')).toHaveLength(2);
    const client = new QueryClient();
    keepWalletOnDevice(client, storage, KEY);
    expect(client.getQueryData(WALLET_KEY)).toEqual({ ...wallet, savedOnDevice: true });
  });

  it("gives up quietly when storage refuses the copy", () => {
    const storage = memoryStorage();
    storage.setItem = () => {
      throw new DOMException("full", "QuotaExceededError");
    };
    vi.useFakeTimers();
    const client = new QueryClient();
    client.setQueryData(WALLET_KEY, NEW);
    keepWalletOnDevice(client, storage, KEY);
    expect(() => vi.advanceTimersByTime(1_000)).not.toThrow();
  });
});
