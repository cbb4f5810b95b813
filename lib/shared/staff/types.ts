// What the staff API routes answer; plain JSON shared by the routes and the console.
import type { CodeCheck, Instant, UseLimit } from "@/lib/capillary";
import type { VerdictKind } from "./verdict";

/** A customer as the counter's screen shows them: name in full, identifiers masked (see mask.ts). */
export interface ScreenCustomer {
  id: string;
  firstName: string | null;
  lastName: string | null;
  identifiers: { type: string; shown: string }[];
}

export interface CustomerResponse {
  customer: ScreenCustomer;
}

/** What "Reveal" may show in full, one value at a time. */
export type RevealField = "mobile" | "email" | "cardnumber" | "externalId" | "code";

export interface RevealResponse {
  value: string;
  /** When the console hides it again. */
  hideAt: string;
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
