// Builds demo series in Capillary's exact v2 layout (field order copied from the docs' examples), with
// every date computed from the emulator clock so demo data never goes stale.
import { addDays, HOUR_MS, istStartOfDay, toIstDate, toIstIso } from "../time";
import { storePlaces } from "./inventions";
import type { V2Series } from "./types";

export const DEMO_ORG_ID = 51234;
export const NO_MAX_BILL = 9007199254740991;
const ANY = '{"dom":["-1"],"dow":["-1"],"hours":["-1"]}';

export interface SeriesDef {
  id: number;
  title: string;
  discountType: "ABS" | "PERC";
  value: number;
  /** `discountUpto`; 0 = no cap. */
  upto?: number;
  minBill?: number;
  maxBill?: number;
  /** `redemptionPerCouponMaxLimit`; -1 = unlimited. */
  perCouponLimit?: number;
  /** JSON-in-a-string, as Capillary sends it. */
  redemptionRange?: string;
  storeIds?: number[];
  /** `termsAndConditions`; undefined leaves the field out entirely. */
  terms?: string;
  /** `customPropertyMap.standard_terms_and_conditions`, only sent by `/v2/coupon/series`. */
  customTerms?: string;
  validWithDiscountedItem?: boolean;
  /** Series end, in days from now (default 365). */
  validTillDays?: number;
  /** `maxRedemptionsInSeriesPerUser`; default -1. */
  perShopperLimit?: number;
  /** `minDaysBetweenRedemption`; default -1. */
  minDaysBetween?: number;
  /** `isTransferrable`; default false. */
  transferable?: boolean;
  /** `isValidationRequired` and `showPinCode`; default false. */
  validationRequired?: boolean;
  /** `redemptionValidAfterDays`: sent by `/v2/coupon/series` only, as in the docs' examples. */
  redeemableAfterDays?: number;
}

export function buildSeries(def: SeriesDef, now: Date): V2Series {
  const validTill = istStartOfDay(addDays(now, def.validTillDays ?? 365));
  const createdOn = new Date(istStartOfDay(addDays(now, -120)).getTime() + 11 * HOUR_MS);
  const stores = def.storeIds ? JSON.stringify(def.storeIds) : "[-1]";
  const series: V2Series = {
    id: def.id,
    orgId: DEMO_ORG_ID,
    description: def.title,
    discountCode: `DEMO${def.id}`,
    validTillDate: toIstIso(validTill),
    validDaysFromCreation: 30,
    expiryStrategyValue: 30,
    maxCreate: -1,
    maxRedeem: -1,
    isTransferrable: def.transferable ?? false,
    anyUser: false,
    sameUserMultipleRedeem: (def.perCouponLimit ?? 1) !== 1,
    isReferralExistingUsersAllowed: false,
    isMultipleUseAllowed: (def.perCouponLimit ?? 1) !== 1,
    isValidationRequired: def.validationRequired ?? false,
    isValidWithDiscountedItem: def.validWithDiscountedItem ?? false,
    createdBy: 75000001,
    numIssued: 1200,
    numRedeemed: 310,
    createdOn: toIstIso(createdOn),
    lastUsed: toIstIso(istStartOfDay(addDays(now, -1))),
    seriesCode: `S${def.id}DEMO`,
    smsTemplate: "Hi {{first_name}}, your voucher code {{voucher}} is valid till {{valid_till_date}}",
    isSMSDisabled: false,
    isUpdateProductData: false,
    info: def.title,
    isMultipleVouchersPerUserAllowed: true,
    doNotResendExistingVoucher: true,
    mutualExclusiveSeriesIds: "[]",
    storeIdsJson: stores,
    isDvsEnabled: false,
    dvsExpiryDate: toIstIso(istStartOfDay(createdOn)),
    priority: 0,
    shortSMSTemplate: "Hello {{cust_name}}, your voucher code is {{voucher_code}}",
    maxVouchersPerUser: -1,
    minDaysBetweenVouchers: -1,
    maxReferralsPerReferee: -1,
    discountUpto: def.upto ?? 0,
    discountValue: Math.trunc(def.value), // documented as an Integer; coupons carry discountValueAsDouble
    dvsItems: "false",
    redemptionRange: def.redemptionRange ?? ANY,
    minBillAmount: def.minBill ?? 0,
    maxBillAmount: def.maxBill ?? NO_MAX_BILL,
    redeemAtStore: stores,
    campaignId: -1,
    tag: def.title,
    maxRedemptionsInSeriesPerUser: def.perShopperLimit ?? -1,
    minDaysBetweenRedemption: def.minDaysBetween ?? -1,
    redemptionValidFrom: "1970-01-01T05:30:00+05:30",
    sourceOrgId: -1,
    issueToLoyalty: false,
    redeemStoreType: "redeemable_stores",
    offlineRedeemType: false,
    isOldFlowEnabled: false,
    isPreRedeemEventRequired: false,
    brands: [],
    products: [],
    categories: [],
  };
  if (def.terms !== undefined) series.termsAndConditions = def.terms;
  Object.assign(series, {
    signalRedemptionEvent: true,
    syncToClient: false,
    showPinCode: def.validationRequired ?? false,
    redemptionPerCouponMaxLimit: def.perCouponLimit ?? 1,
    validRedemptionOrgEntityDetails: {
      concepts: [],
      zones: [],
      stores: storePlaces(def.storeIds),
      tills: [],
    },
    seriesType: "LOYALTY",
    clientHandlingType: "DISC_CODE",
    expiryStrategyType: "DAYS",
    discountOn: "BILL",
    discountType: def.discountType,
    dvsExpiryDateFormat: toIstDate(createdOn),
    updateProductData: false,
    validTilldateFormat: toIstDate(validTill),
    redemptionValidFromFormat: "1970-01-01",
  });
  return series;
}

/** What `/v2/coupon/series` returns for a demo series: the embedded object plus `customPropertyMap`. */
export function buildSeriesDetail(def: SeriesDef, now: Date): V2Series {
  const series: V2Series = {
    ...buildSeries(def, now),
    redemptionValidAfterDays: def.redeemableAfterDays ?? 0,
  };
  if (def.customTerms === undefined) return series;
  return { customPropertyMap: { standard_terms_and_conditions: def.customTerms }, ...series };
}
