// What the staff API routes answer; plain JSON shared by the routes and the console.
import type { CodeCheck, CustomerProfile, Instant, UseLimit } from "@/lib/capillary";
import type { VerdictKind } from "./verdict";

export interface CustomerResponse {
  customer: CustomerProfile;
}

/**
 * What the customer's own coupon list (v2) adds to a v1.1 code check: v1.1 says only that a coupon was
 * redeemed before, not how many uses are left, and carries no series rules.
 */
export interface CouponFacts {
  uses: UseLimit;
  /** Redemptions Capillary lists for the coupon. */
  timesUsed: number;
  /** The v2 instant, so the check and the shopper's wallet show the same expiry. */
  validTill: Instant | null;
  /** When Capillary will first redeem it (coupon start or series redemption start), when later than now. */
  usableFrom: Instant | null;
  /** The till will ask for a validation code or PIN. */
  validationRequired: boolean | null;
  termsAndConditions: string | null;
}

export interface CodeResult {
  verdict: VerdictKind;
  check: CodeCheck;
  facts: CouponFacts | null;
  /** Why `facts` is missing for a found code: Capillary failed, or the coupon is not issued to a customer. */
  factsMissing?: "unavailable" | "no_customer" | "not_listed";
}

export interface CodeCheckResponse {
  results: CodeResult[];
  checkedAt: string;
}
