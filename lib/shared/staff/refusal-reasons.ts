// Capillary's 7xx result codes (its v2 code table, with v1.1's 706), in the words a cashier can say to a
// customer. Every code a redeem or `is_redeemable` can answer with has a line; issuance, series-admin and
// success codes are left out on purpose and fall back to "Capillary refused it (code N)".

export type RefusalKind =
  | "expired"
  | "used"
  | "not_this_customer"
  | "unknown_code"
  | "wrong_store"
  | "wrong_time"
  | "not_yet"
  | "wait_between"
  | "bill_amount"
  | "bill_number"
  | "limit_reached"
  | "revoked"
  | "blocked"
  | "validation"
  | "test_coupon"
  | "batch"
  | "try_again"
  | "setup"
  | "other";

export interface Refusal {
  kind: RefusalKind;
  /** What staff read at the till; Capillary's own message is shown beside it, never instead of it. */
  words: string;
  /** Asking again in a moment may work (Capillary's "try again later" codes). */
  retryable: boolean;
}

const final = (kind: RefusalKind, words: string): Refusal => ({ kind, words, retryable: false });

const TRY_AGAIN = {
  kind: "try_again",
  words: "Capillary couldn't process it just now. Try again in a minute.",
  retryable: true,
} as const satisfies Refusal;
const SETUP = final("setup", "Capillary's set-up for this coupon is wrong. Ask the manager to report it.");

export const REFUSALS: Readonly<Record<number, Refusal>> = {
  660: final("revoked", "This coupon has been cancelled by the brand."),
  701: final("not_this_customer", "Capillary can't find this customer."),
  702: final("unknown_code", "This code doesn't exist. Check it with the customer."),
  703: final("not_this_customer", "This coupon wasn't issued to this customer."),
  705: final("unknown_code", "This code (or its validation code) is not valid."),
  706: final("used", "This coupon can't be redeemed again."),
  709: TRY_AGAIN,
  710: final("not_this_customer", "This coupon isn't meant for this customer."),
  711: final("used", "This coupon has already been used."),
  712: final("expired", "The offer behind this coupon has ended."),
  713: final("expired", "This coupon has expired."),
  714: final("expired", "The offer is over: all its coupons have been taken."),
  715: SETUP,
  716: final("used", "This coupon has already been redeemed; it can't be used twice."),
  718: final("bill_number", "A bill number is needed to redeem this coupon."),
  719: final("unknown_code", "This code doesn't exist. Check it with the customer."),
  720: final("test_coupon", "This is a test coupon: it can't be redeemed."),
  721: final("not_this_customer", "Capillary doesn't accept this customer."),
  723: final("not_this_customer", "This coupon wasn't issued to this customer."),
  725: final("validation", "This coupon needs the customer's validation code."),
  728: final("limit_reached", "This coupon has been used as many times as it allows."),
  729: final("wrong_time", "This coupon can't be used on this day or at this hour."),
  730: TRY_AGAIN,
  733: final("bill_amount", "The bill amount is outside what this coupon allows."),
  735: final("wrong_store", "This coupon can't be used at this store."),
  736: final("limit_reached", "The customer has used all the redemptions this offer allows."),
  738: final("wait_between", "The customer must wait longer before using this offer again."),
  739: final("not_yet", "This coupon can't be used yet."),
  740: final("blocked", "Capillary has blocked this customer's coupons. Ask the manager."),
  742: final("blocked", "Capillary has blocked coupons for this customer. Ask the manager."),
  747: final("used", "This coupon can only be used once."),
  748: TRY_AGAIN,
  749: final("batch", "Another coupon in the same request was refused; this one was not redeemed."),
  750: final("blocked", "Capillary has blocked this customer's coupons. Ask the manager."),
  759: TRY_AGAIN,
  780: final("unknown_code", "Capillary can't find this coupon."),
  781: final("unknown_code", "The coupon code is missing."),
  ...Object.fromEntries(
    [786, 787, 789, 790, 791, 792, 793, 794, 796, 797, 798].map((code) => [code, TRY_AGAIN]),
  ),
  ...Object.fromEntries([788, 795, 799].map((code) => [code, SETUP])),
};

/** The refusal for a result code; unknown codes are said as Capillary's refusal, with the code. */
export function refusalFor(code: number | null): Refusal {
  if (code !== null && REFUSALS[code]) return REFUSALS[code];
  return final("other", code === null ? "Capillary refused it." : `Capillary refused it (code ${code}).`);
}
