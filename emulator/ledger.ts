// Redemptions made (and undone) through this emulator, on top of the generated demo data: a redeem shows
// up in every later answer (v2 coupons, the paginated list, v1.1 coupon/get, is_redeemable) until it is
// reactivated. One ledger per running emulator, cleared by /__emulator/reset.
import { redemptionInfoEntry } from "./data/inventions";
import type { DemoStore } from "./data/stores";
import type { V2Coupon, V2Redemption } from "./data/types";
import { toIstIso } from "./time";

export interface LedgerRedemption {
  id: number;
  customerId: number;
  couponId: number;
  at: Date;
  bill: string;
  amount: number;
  store: DemoStore;
  reversedAt?: Date;
}

export class Ledger {
  /** Changes with every redemption and reversal, so cached answers can tell they are out of date. */
  version = 0;
  private next = 990_000_001;
  private readonly byCoupon = new Map<string, LedgerRedemption[]>();
  private readonly byId = new Map<number, LedgerRedemption>();

  add(entry: Omit<LedgerRedemption, "id">): LedgerRedemption {
    const record = { ...entry, id: this.next++ };
    const key = `${entry.customerId}:${entry.couponId}`;
    this.byCoupon.set(key, [...(this.byCoupon.get(key) ?? []), record]);
    this.byId.set(record.id, record);
    this.version += 1;
    return record;
  }

  /** Whether `id` is a redemption this emulator made and has not undone. */
  isLive(id: number): boolean {
    const record = this.byId.get(id);
    return record !== undefined && !record.reversedAt;
  }

  /** Marks a redemption undone; false for an id it never made or already reversed. */
  reverse(id: number, at: Date): boolean {
    const record = this.byId.get(id);
    if (!record || record.reversedAt) return false;
    record.reversedAt = at;
    this.version += 1;
    return true;
  }

  of(customerId: number, couponId: number): LedgerRedemption[] {
    return this.byCoupon.get(`${customerId}:${couponId}`) ?? [];
  }

  clear(): void {
    this.byCoupon.clear();
    this.byId.clear();
    this.version += 1;
  }
}

function entryOf(r: LedgerRedemption): V2Redemption {
  return redemptionInfoEntry({
    id: r.id,
    at: toIstIso(r.at),
    bill: r.bill,
    amount: r.amount,
    store: r.store,
  });
}

/**
 * A coupon as Capillary would send it after the ledger's redemptions: each live one is listed and spends a
 * use. A count of -1 stays -1 (single-use coupons of customer 343040815 send -1 whatever has happened);
 * reversals give the use back, as the docs' reversed-redemption example shows.
 */
export function withLedger(coupon: V2Coupon, customerId: number, ledger: Ledger): V2Coupon {
  const made = ledger.of(customerId, coupon.id);
  if (made.length === 0) return coupon;
  const live = made.filter((r) => !r.reversedAt);
  const left = Number(coupon.redemptionsLeft);
  const redemptionInfo = [...coupon.redemptionInfo, ...live.map(entryOf)];
  const redeemed = redemptionInfo.length > 0;
  return {
    ...coupon,
    redemptionInfo,
    redemptionsLeft: left < 0 ? left : Math.max(0, left - live.length),
    redeemed,
    isRedeemed: redeemed,
  };
}

/** The reversed ones, for the paginated list's `reversedRedemptions` (include_reversed_redemptions=true). */
export function reversedOf(coupon: V2Coupon, customerId: number, ledger: Ledger): LedgerRedemption[] {
  return ledger.of(customerId, coupon.id).filter((r) => r.reversedAt);
}
