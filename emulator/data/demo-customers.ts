// Hand-made demo shoppers. Every coupon date is relative to the emulator clock, recomputed per request,
// so "expires in 30 hours" stays true on a server that has been running for a week.
import { buildCoupon, type CouponDef } from "./coupon-builder";
import { ASHA_COUPONS, CHITRA_COUPONS, FORBIDDEN_COUPONS } from "./demo-coupons";
import { buildSeries } from "./series-builder";
import type { CustomerProfile, CustomerRecord, V2Coupon, V2Series } from "./types";

export const DEMO_IDS = { asha: 500000001, ben: 500000002, chitra: 500000003, forbidden: 500000099 } as const;

/** Coupons of one customer; coupons of the same series share one series object, as Capillary's do. */
function couponsOf(defs: CouponDef[], customerId: number) {
  return (now: Date): V2Coupon[] => {
    const seriesById = new Map<number, V2Series>();
    return defs.map((def) => {
      let series = seriesById.get(def.series.id);
      if (!series) seriesById.set(def.series.id, (series = buildSeries(def.series, now)));
      return buildCoupon(def, customerId, now, series);
    });
  };
}

function customer(profile: CustomerProfile, defs: CouponDef[], forbidden = false): CustomerRecord {
  return { profile, coupons: couponsOf(defs, profile.id), ...(forbidden ? { forbidden } : {}) };
}

// prettier-ignore
export const DEMO_CUSTOMERS: readonly CustomerRecord[] = [
  customer(
    { id: DEMO_IDS.asha, firstName: "Asha", lastName: "Rao", mobile: "919000000001", email: "asha.rao@example.com", externalId: "ASHA001", cardnumber: "7000000001" },
    ASHA_COUPONS,
  ),
  customer({ id: DEMO_IDS.ben, firstName: "Ben", lastName: "Empty", mobile: "919000000002", email: "ben@example.com", externalId: "BEN002" }, []),
  customer({ id: DEMO_IDS.chitra, firstName: "Chitra", lastName: "Markup", mobile: "919000000003", email: "chitra@example.com" }, CHITRA_COUPONS),
  // Its coupon list always answers 403 FORBIDDEN (the profile stays readable).
  customer({ id: DEMO_IDS.forbidden, firstName: "Farhan", lastName: "Forbidden", mobile: "919000000099", email: "farhan@example.com" }, FORBIDDEN_COUPONS, true),
];
