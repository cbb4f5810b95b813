// The customers of Capillary's documentation examples, served from the fixtures exactly as published.
// Codes are stored as the fixtures show them; 345635529's example was fetched with LOWER, so its stored
// codes are lower-case and the default UPPER answer upper-cases them.
import { FIXTURE_FILES, loadFixture } from "./fixtures";
import type { CustomerRecord, V1CouponItem, V2Coupon, V2Series } from "./types";

interface CouponsEnvelope {
  entity: V2Coupon[];
}

interface CouponGetEnvelope {
  response: { coupons: { coupon: V1CouponItem[] } };
}

function fromFixture(file: string): (now: Date) => V2Coupon[] {
  return () => loadFixture<CouponsEnvelope>(file).entity;
}

export const DOCS_CUSTOMERS: readonly CustomerRecord[] = [
  {
    // Demo mobiles (not in the docs) so a shopper can sign in as the docs' customers.
    profile: { id: 565032176, firstName: "", lastName: "", mobile: "919100000001" },
    coupons: fromFixture(FIXTURE_FILES.coupons565032176),
  },
  {
    profile: { id: 343040815, firstName: "", lastName: "", mobile: "919100000002" },
    coupons: fromFixture(FIXTURE_FILES.coupons343040815),
  },
  {
    profile: { id: 345635529, firstName: "", lastName: "", mobile: "919100000003" },
    coupons: fromFixture(FIXTURE_FILES.coupons345635529Lower),
  },
  {
    // Known only from the v1.1 example: it has no v2 coupon list in the docs, so v2 answers NO_COUPONS_FOUND.
    profile: { id: 98662653, firstName: "Anjaney", lastName: "Vatsal", mobile: "9988776655" },
    coupons: () => [],
    v1Items: loadFixture<CouponGetEnvelope>(FIXTURE_FILES.couponGetUpper).response.coupons.coupon,
  },
];

let embedded: Map<number, V2Series> | undefined;

/** A series embedded in the docs' coupon examples (first occurrence wins), as a fresh copy. */
export function docsEmbeddedSeries(id: number): V2Series | undefined {
  if (!embedded) {
    embedded = new Map();
    for (const c of DOCS_CUSTOMERS) {
      for (const coupon of c.coupons(new Date()))
        if (!embedded.has(coupon.series.id)) embedded.set(coupon.series.id, coupon.series);
    }
  }
  const series = embedded.get(id);
  return series && structuredClone(series);
}

/** `/v2/coupon/series` examples, served verbatim. */
export function docsSeriesDetail(id: number): V2Series | undefined {
  if (id === 520591) return loadFixture<{ entity: V2Series[] }>(FIXTURE_FILES.series520591).entity[0];
  if (id === 698948) return loadFixture<{ entity: V2Series[] }>(FIXTURE_FILES.series698948).entity[0];
  return undefined;
}
