// Loose types for Capillary's JSON. Only the fields the emulator reads are named; everything else rides
// along untouched so fixtures can be served verbatim.
export interface V2Series {
  id: number;
  description: string;
  [field: string]: unknown;
}

export interface V2StoreRef {
  id: number;
  code: string;
  name: string;
  [field: string]: unknown;
}

/** Invented shape of one `redemptionInfo` entry (see inventions.ts); the docs only ever show `[]`. */
export interface V2Redemption {
  redemptionId: number;
  redemptionDate: string;
  transactionNumber: string;
  billAmount: number;
  redeemedAtStore: { id: number; code: string; name: string };
  redeemedAtTill: { id: number; code: string; name: string };
}

export interface V2Coupon {
  id: number;
  seriesId: number;
  series: V2Series;
  code: string;
  description: string;
  validTill: string;
  issuedTo: number;
  issuedOn: string;
  activeFrom: string;
  issuedAt: V2StoreRef;
  couponDiscountType: string;
  discountValue: number;
  discountUpto: number;
  redemptionInfo: unknown[];
  trimmedCode: string;
  [field: string]: unknown;
}

/** One v1.1 `coupons.coupon[]` item as Capillary sends it. */
export interface V1CouponItem {
  id: string | number;
  code: string;
  [field: string]: unknown;
}

export interface CustomerProfile {
  id: number;
  firstName: string;
  lastName: string;
  mobile?: string;
  email?: string;
  externalId?: string;
  cardnumber?: string;
}

export type IdentifierName = "mobile" | "email" | "externalId" | "cardnumber";

export interface CustomerRecord {
  profile: CustomerProfile;
  /** Coupons for the emulator clock `now`, codes as stored. Demo dates are recomputed on every call. */
  coupons(now: Date): V2Coupon[];
  /** Access to this customer's coupons is refused with 403 (demo of Capillary's FORBIDDEN case). */
  forbidden?: boolean;
  /** Verbatim v1.1 items (docs customer 98662653), codes as stored. */
  v1Items?: V1CouponItem[];
}
