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

/** A store, till, zone or concept named by a series' redemption rules. */
export interface Place {
  kind: "store" | "till" | "zone" | "concept";
  id: string | null;
  code: string | null;
  name: string | null;
}

/** Where a coupon may be redeemed, when the series restricts it. */
export interface StoreRule {
  /** `only`: at these places and nowhere else; `except`: anywhere but these. */
  mode: "only" | "except";
  /** Store ids from `redeemAtStore` / `storeIdsJson`. */
  storeIds: number[];
  /** What `validRedemptionOrgEntityDetails` names (stores, tills, zones, concepts), in that order. */
  places: Place[];
  /** `redeemStoreType` when it is not a value we know how to read; the rule is then shown as stated. */
  unrecognisedType: string | null;
}

/** Where and when a coupon may be redeemed. `null` means "no restriction" (or "not stated"). */
export interface RedemptionConditions {
  minBillAmount: number | null;
  /** null when there is no real maximum (Capillary's 9007199254740991 or 0). */
  maxBillAmount: number | null;
  /** Days of month 1-31. */
  daysOfMonth: number[] | null;
  /** Days of week in Capillary's numbering (see `DAY_OF_WEEK_NUMBERING` in lib/coupons); kept as sent. */
  daysOfWeek: number[] | null;
  /** Hours of day 0-23. */
  hours: number[] | null;
  stores: StoreRule | null;
  /** null when the series does not say. */
  validWithDiscountedItems: boolean | null;
  /** Earliest instant of redemption when the series sets one later than the epoch (`redemptionValidFrom`). */
  redeemableFrom: Instant | null;
  /** Days after issue before a coupon can be redeemed (`redemptionValidAfterDays`); null when none. */
  redeemableAfterDays: number | null;
  /** Redemptions one shopper may make across the series (`maxRedemptionsInSeriesPerUser`). */
  maxRedemptionsPerShopper: number | null;
  /** Days a shopper must wait between redemptions (`minDaysBetweenRedemption`). */
  minDaysBetweenRedemptions: number | null;
}

/** What the discount applies to (`discountOn`, `brands`, `products`, `categories`). */
export interface DiscountScope {
  /** `discountOn` as sent ("BILL", ...), null when absent. */
  on: string | null;
  brands: string[];
  products: string[];
  categories: string[];
}

export interface SeriesSummary {
  id: string;
  description: string;
  termsAndConditions: string | null;
  /** From `customPropertyMap.standard_terms_and_conditions` (only `/v2/coupon/series` sends it). */
  standardTermsAndConditions: string | null;
  validTill: Instant | null;
  /** `isMultipleUseAllowed`; null when the series does not say. */
  multipleUse: boolean | null;
  /** `redemptionPerCouponMaxLimit`: total redemptions a single coupon allows; null = no per-coupon limit. */
  maxRedemptionsPerCoupon: number | null;
  conditions: RedemptionConditions;
  scope: DiscountScope;
  /** `isTransferrable`; null when the series does not say. */
  transferable: boolean | null;
  /** The till asks for a validation code or PIN (`isValidationRequired`, `showPinCode`); null when unsaid. */
  validationRequired: boolean | null;
}

/**
 * How many more times a coupon can be redeemed, read from `redemptionsLeft` together with the series'
 * `isMultipleUseAllowed` and `redemptionPerCouponMaxLimit` (a bare -1 does not mean unlimited).
 */
export type UseLimit =
  | { kind: "unlimited" }
  /** `left` more uses; `of`: the coupon's total where known (1 = single use). */
  | { kind: "counted"; left: number; of: number | null }
  /** Capillary's answer does not say (no readable series, no count). */
  | { kind: "unknown" };

export interface Store {
  id: string | null;
  code: string | null;
  name: string | null;
}

export interface Redemption {
  id: string | null;
  redeemedAt: Instant | null;
  store: Store | null;
  /** The till, where Capillary names it apart from the store (v1.1 `redeemed_at`, v2 `redeemedAtTill`). */
  till: Store | null;
  billNumber: string | null;
  /** Who redeemed it, as Capillary names them (v1.1 `redeemed_by`). */
  redeemedBy: string | null;
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
  uses: UseLimit;
  /** Capillary says it has been redeemed at least once (`redeemed`, `isRedeemed` or a redemption entry). */
  redeemed: boolean;
  redemptions: Redemption[];
  issuedAt: Store | null;
  customerId: string;
  series: SeriesSummary;
}

/** A coupon of the paginated list (`GET /v2/customers/coupons`), before its series is known: it embeds none. */
export interface ListedCoupon extends Omit<Coupon, "uses" | "series"> {
  /** What the list says about uses, read together with the series by `withSeries`. */
  reportedUses: { redemptionsLeft: number | null; redemptionCount: number };
  /** Redemptions that were undone (reactivated), when asked for. */
  reversedRedemptions: Redemption[];
  /** The bill that issued the coupon; null for Capillary's "0" (issued without one). */
  issuingTransaction: string | null;
}

export interface CouponPage {
  coupons: ListedCoupon[];
  /** Coupons matching the filter across all pages, as Capillary counts them. */
  total: number | null;
  offset: number;
  limit: number;
}

export type CouponListStatus =
  | "ACTIVE"
  | "REDEEMED"
  | "UNREDEEMED"
  | "EXPIRED"
  | "ACTIVE_REDEEMED"
  | "ACTIVE_UNREDEEMED"
  | "EXPIRED_REDEEMED"
  | "EXPIRED_UNREDEEMED"
  | "REDEEMABLE";

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
      /** A validation code is set for the coupon (v1.1 `pincode`, other than Capillary's "NULL"). */
      hasPin: boolean;
    }
  | { kind: "unknown"; code: string; statusCode: number; message: string };

/** Whether Capillary would redeem one code now, and why not (`GET /v2/coupon/is_redeemable`). */
export interface Redeemability {
  code: string;
  redeemable: boolean;
  /** Capillary's 7xx result code (700 = yes), when it gives one. */
  resultCode: number | null;
  message: string | null;
  usesLeft: number | null;
  usedByCustomer: number | null;
}

/** What happened to one code of a redeem (`POST /v2/coupon/redeem`). */
export interface RedeemOutcome {
  code: string;
  redeemed: boolean;
  resultCode: number | null;
  message: string | null;
  /** The redemption's id when Capillary says it for sure; otherwise found through the coupon list. */
  redemptionId: string | null;
}

/** Who Capillary attributes a redemption to (`X-CAP-API-ATTRIBUTION-ENTITY-TYPE` / `-CODE`). */
export interface Attribution {
  type: "TILL" | "STORE_CODE";
  code: string;
}
