import { describe, expect, it } from "vitest";
import type { Coupon } from "@/lib/capillary";
import { groupWallet } from "@/lib/shared/coupons";
import { ER07BCJ8, QZX30JQLIC, makeCoupon } from "@/lib/shared/coupons/test-coupon";
import { WALLET_PAGE_SIZE, WHOLE_WALLET_MAX, firstPagesOf } from "./first-pages";
import type { WalletData } from "./types";

const NOW = Date.parse("2025-05-25T12:00:00Z");
const wallet = (coupons: Coupon[]): WalletData => ({ coupons, fetchedAt: "2025-05-25T11:59:58.000Z" });
const day = (n: number) => new Date(NOW + n * 86_400_000).toISOString();

/** `n` coupons: a third active (expiring day by day), a third used, a third expired, in shuffled order. */
function bigWallet(n: number): Coupon[] {
  const coupons = Array.from({ length: n }, (_, i) => {
    const kind = i % 3;
    return makeCoupon({
      id: String(i),
      code: `C${String(i).padStart(5, "0")}`,
      validTill: kind === 2 ? day(-1 - i) : day(1 + i),
      uses: { kind: "counted", left: kind === 1 ? 0 : 1, of: 1 },
      redeemed: kind === 1,
    });
  });
  return coupons.reverse();
}

describe("firstPagesOf", () => {
  it("sends a wallet of up to three pages whole, as the same object", () => {
    const small = wallet([ER07BCJ8, QZX30JQLIC]);
    expect(firstPagesOf(small, NOW)).toBe(small);
    const full = wallet(bigWallet(WHOLE_WALLET_MAX));
    expect(firstPagesOf(full, NOW)).toBe(full);
  });

  it("keeps each tab's first page in the tabs' own order, and every tab's count, for a big wallet", () => {
    const all = bigWallet(5_000);
    const full = groupWallet(all, NOW);
    const first = firstPagesOf(wallet(all), NOW);

    expect(first.partial).toEqual({
      total: 5_000,
      counts: { active: full.counts.active, used: full.counts.used, expired: full.counts.expired },
    });
    expect(first.coupons).toHaveLength(3 * WALLET_PAGE_SIZE);
    expect(first.fetchedAt).toBe("2025-05-25T11:59:58.000Z");
    // Grouped again in the browser at the same moment, the first page of every tab is what the whole
    // wallet would have shown.
    const shown = groupWallet(first.coupons, NOW);
    for (const tab of ["active", "used", "expired"] as const) {
      expect(shown[tab].map((c) => c.code)).toEqual(full[tab].slice(0, WALLET_PAGE_SIZE).map((c) => c.code));
    }
  });

  it("keeps a first paint read by pages marked as part of a bigger wallet, with no counts of its own", () => {
    const page: WalletData = { ...wallet(bigWallet(100)), partial: { total: 5_000 } };
    const first = firstPagesOf(page, NOW);
    expect(first.partial).toEqual({ total: 5_000 });
    expect(first.coupons.length).toBeLessThanOrEqual(3 * WALLET_PAGE_SIZE);
  });
});
