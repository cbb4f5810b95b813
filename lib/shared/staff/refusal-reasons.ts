// Capillary's 7xx result codes (its v2 code table, with v1.1's 706), in the words a cashier can say to a
// customer. Every code a redeem or `is_redeemable` can answer with has a line; issuance, series-admin and
// success codes are left out on purpose and fall back to "Capillary refused it (code N)".
//
// A refusal carries no words, only what to say (`TillSaying`): the answer is kept for repeats of the same
// attempt, which another tablet in another language may send, so the words are written per request
// (`sayAtTill`), in the language of the member of staff reading them.

import type { TillSaying } from "./till-words";

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
  /** What staff read at the till (a message under `till`); Capillary's own message is shown beside it. */
  reason: TillSaying;
  /** Asking again in a moment may work (Capillary's "try again later" codes). */
  retryable: boolean;
}

/** A code with words of its own: the message `till.code.<code>`. */
const own = (kind: RefusalKind, code: number): Refusal => ({
  kind,
  reason: { key: `code.${code}` },
  retryable: false,
});

const TRY_AGAIN = {
  kind: "try_again",
  reason: { key: "tryAgain" },
  retryable: true,
} as const satisfies Refusal;
const SETUP = { kind: "setup", reason: { key: "setup" }, retryable: false } as const satisfies Refusal;

const OWN_WORDS: Readonly<Record<number, RefusalKind>> = {
  660: "revoked",
  701: "not_this_customer",
  702: "unknown_code",
  703: "not_this_customer",
  705: "unknown_code",
  706: "used",
  710: "not_this_customer",
  711: "used",
  712: "expired",
  713: "expired",
  714: "expired",
  716: "used",
  718: "bill_number",
  719: "unknown_code",
  720: "test_coupon",
  721: "not_this_customer",
  723: "not_this_customer",
  725: "validation",
  728: "limit_reached",
  729: "wrong_time",
  733: "bill_amount",
  735: "wrong_store",
  736: "limit_reached",
  738: "wait_between",
  739: "not_yet",
  740: "blocked",
  742: "blocked",
  747: "used",
  749: "batch",
  750: "blocked",
  780: "unknown_code",
  781: "unknown_code",
};

export const REFUSALS: Readonly<Record<number, Refusal>> = {
  ...Object.fromEntries(Object.entries(OWN_WORDS).map(([code, kind]) => [code, own(kind, Number(code))])),
  ...Object.fromEntries(
    [709, 730, 748, 759, 786, 787, 789, 790, 791, 792, 793, 794, 796, 797, 798].map((code) => [
      code,
      TRY_AGAIN,
    ]),
  ),
  ...Object.fromEntries([715, 788, 795, 799].map((code) => [code, SETUP])),
};

/** The refusal for a result code; unknown codes are said as Capillary's refusal, with the code. */
export function refusalFor(code: number | null): Refusal {
  if (code !== null && REFUSALS[code]) return REFUSALS[code];
  return {
    kind: "other",
    reason: code === null ? { key: "other" } : { key: "otherCode", code },
    retryable: false,
  };
}
