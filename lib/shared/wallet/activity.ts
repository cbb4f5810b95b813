// What a shopper sees of staff activity on their account (the wallet's "Who looked" page).

export type ActivityKind = "lookup" | "code_check" | "redeem" | "undo";

export interface ActivityEvent {
  at: string;
  kind: ActivityKind;
  /** The store or till, when the tablet said which; null otherwise. */
  place: string | null;
  /** The coupon concerned, masked to its last four characters; null for a look-up. */
  code: string | null;
}
