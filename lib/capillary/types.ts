// Coupon Wallet's own types. `lib/capillary/` turns Capillary's raw JSON into these; nothing outside
// `lib/capillary/` sees a raw Capillary shape. They are plain JSON (no Date, no class) so that they can
// cross from server to browser unchanged.

/** An ISO-8601 instant that always carries an offset, e.g. `2020-05-18T23:59:59+05:30` or `...Z`. */
export type Instant = string;

export type CouponCodeCase = "UPPER" | "LOWER" | "AS_IT_IS";

export type DiscountKind = "ABSOLUTE" | "PERCENT";

export interface Discount {
  kind: DiscountKind;
  /** Amount in the brand's currency (ABSOLUTE) or percent (PERCENT). */
  value: number;
  /** Largest discount in currency; null when there is no cap (Capillary's `discountUpto` 0). */
  cap: number | null;
}

/** Where and when a coupon may be redeemed. `null` in a list means "no restriction" (Capillary's `-1`). */
export interface RedemptionConditions {
  minBillAmount: number | null;
  /** null when there is no real maximum (Capillary's 9007199254740991 or 0). */
  maxBillAmount: number | null;
  /** Days of month 1-31. */
  daysOfMonth: number[] | null;
  /** Days of week as Capillary numbers them (1 = Sunday ... 7 = Saturday). */
  daysOfWeek: number[] | null;
  /** Hours of day 0-23. */
  hours: number[] | null;
  /** Store ids the coupon may be redeemed at (from `redeemAtStore` / `storeIdsJson`). */
  storeIds: number[] | null;
  validWithDiscountedItems: boolean;
  /** Earliest instant of redemption when the series sets one later than the epoch. */
  redeemableFrom: Instant | null;
}

export interface SeriesSummary {
  id: string;
  description: string;
  termsAndConditions: string | null;
  /** From `customPropertyMap.standard_terms_and_conditions` (only `/v2/coupon/series` sends it). */
  standardTermsAndConditions: string | null;
  validTill: Instant | null;
  /** Total redemptions a single coupon allows; null = unlimited. */
  maxRedemptionsPerCoupon: number | null;
  conditions: RedemptionConditions;
}

export interface Store {
  id: string | null;
  code: string | null;
  name: string | null;
}

export interface Redemption {
  id: string | null;
  redeemedAt: Instant | null;
  store: Store | null;
  billNumber: string | null;
}

export interface Coupon {
  id: string;
  code: string;
  seriesId: string;
  /** What a shopper calls it: the series description, else the coupon description. */
  title: string;
  description: string;
  discount: Discount;
  issuedOn: Instant | null;
  activeFrom: Instant | null;
  validTill: Instant | null;
  /** null = unlimited (Capillary's -1). */
  usesLeft: number | null;
  redeemed: boolean;
  redemptions: Redemption[];
  issuedAt: Store | null;
  customerId: string;
  series: SeriesSummary;
}

export type CustomerIdentifierType = "mobile" | "email" | "externalId" | "cardnumber";

export interface CustomerIdentifier {
  type: string;
  value: string;
}

export interface CustomerProfile {
  id: string;
  firstName: string | null;
  lastName: string | null;
  identifiers: CustomerIdentifier[];
}

/** One answer of `/v1.1/coupon/get` for one requested code. */
export type CodeCheck =
  | {
      kind: "found";
      code: string;
      couponId: string;
      seriesId: string | null;
      discount: Discount;
      validFrom: Instant | null;
      validTill: Instant | null;
      customer: {
        id: string | null;
        name: string | null;
        mobile: string | null;
        email: string | null;
      } | null;
      redemption: Redemption | null;
      issuedStore: Store | null;
      standardTermsAndConditions: string | null;
    }
  | { kind: "unknown"; code: string; statusCode: number; message: string };
