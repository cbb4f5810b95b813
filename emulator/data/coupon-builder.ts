// Builds demo coupons in Capillary's exact v2 layout (field order copied from the docs' examples), with
// every date computed from the emulator clock so demo data never goes stale.
import { addDays, HOUR_MS, istEndOfDay, istStartOfDay, toIstIso } from "../time";
import { buildSeries, DEMO_ORG_ID, type SeriesDef } from "./series-builder";
import { redemptionInfoEntry } from "./inventions";
import { type DemoStore, issuedAtRef } from "./stores";
import type { V2Coupon, V2Redemption, V2Series } from "./types";

export interface RedemptionDef {
  id: number;
  daysAgo: number;
  store: DemoStore;
  bill: string;
  amount: number;
}

export interface CouponDef {
  id: number;
  code: string;
  series: SeriesDef;
  store: DemoStore;
  issuedDaysAgo: number;
  /** activeFrom = start of the org day `activeInDays` from now; default: the issue day. */
  activeInDays?: number;
  /** End (23:59:59) of the org day `days` from now: every Capillary example expires at 23:59:59. */
  validTill: { days: number };
  /** The v1.1 `pincode` (validation code); default none ("NULL"). */
  pin?: string;
  redemptionsLeft: number;
  redemptions?: RedemptionDef[];
  redeemed?: boolean;
}

const SUCCESS_STATUS = (code: number, message: string) => ({
  statusCode: { status: true, code, message },
  warnings: [],
  warningsAsStatusCode: [],
  code,
  success: true,
  message,
});

function redemption(r: RedemptionDef, now: Date): V2Redemption {
  const at = new Date(istStartOfDay(addDays(now, -r.daysAgo)).getTime() + 18 * HOUR_MS + 42 * 60_000);
  return redemptionInfoEntry({ id: r.id, at: toIstIso(at), bill: r.bill, amount: r.amount, store: r.store });
}

export function buildCoupon(def: CouponDef, customerId: number, now: Date, series?: V2Series): V2Coupon {
  const issued = new Date(
    istStartOfDay(addDays(now, -def.issuedDaysAgo)).getTime() + 10 * HOUR_MS + 15 * 60_000,
  );
  const activeFrom =
    def.activeInDays === undefined ? istStartOfDay(issued) : istStartOfDay(addDays(now, def.activeInDays));
  const validTill = istEndOfDay(addDays(now, def.validTill.days));
  const s = def.series;
  const redeemed = def.redeemed ?? false;
  return {
    id: def.id,
    seriesId: s.id,
    series: series ?? buildSeries(s, now),
    code: def.code,
    description: s.title,
    createdDate: toIstIso(issued),
    validTill: toIstIso(validTill),
    isRedeemed: redeemed,
    issuedTo: customerId,
    issuedBy: def.store.till.id,
    orgId: DEMO_ORG_ID,
    refId: 0,
    issuedAt: issuedAtRef(def.store),
    status: SUCCESS_STATUS(700, "Coupon Resent"),
    couponDiscountType: s.discountType,
    issuedOn: toIstIso(issued),
    activeFrom: toIstIso(activeFrom),
    redemptionsLeft: def.redemptionsLeft,
    couponStatus: SUCCESS_STATUS(200, "Success"),
    redemptionInfo: (def.redemptions ?? []).map((r) => redemption(r, now)),
    reversedRedemptionInfo: [],
    discountType: s.discountType === "ABS",
    discountValue: Math.trunc(s.value), // an Integer in the docs' field table: 12.5 % reads 12 here
    discountValueAsDouble: s.value,
    discountUpto: s.upto ?? 0,
    trimmedCode: def.code,
    seriesName: s.title,
    redeemed,
  };
}
