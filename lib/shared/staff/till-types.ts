// What the till's routes answer: plain JSON shared by the routes and the console.
import type { Refusal } from "./refusal-reasons";
import { sayAtTill, type TillSaying } from "./till-words";
import type { MoneyOptions } from "@/lib/shared/coupons";
import type { Wording } from "@/lib/shared/i18n/translate";

export interface RedemptionReceipt {
  /** Our reference for this redemption (the undo route takes it); not Capillary's redemption id. */
  ref: string;
  code: string;
  billNumber: string;
  billAmount: string;
  redeemedAt: string;
  redeemedBy: string;
  /** Until when it can be undone; null when undo is off. */
  undoUntil: string | null;
  /** Whether the member of staff asking may undo it (their own, or a manager). */
  mayUndo: boolean;
  undoneAt: string | null;
}

interface RefusedAnswer<R> {
  outcome: "refused";
  refusal: R;
  /** `precheck`: the app saw it and sent nothing; `capillary`: Capillary refused it. */
  stage: "precheck" | "capillary";
  resultCode: number | null;
  capillaryMessage: string | null;
}

/**
 * What the till decided, without words: kept for repeats of the attempt (which another tablet, in
 * another language, may send) and worded per request by `wordTillOutcome`.
 */
export type TillOutcome =
  | { outcome: "redeemed"; receipt: RedemptionReceipt }
  | RefusedAnswer<Refusal>
  /** Capillary did not answer in time, and its records show no redemption on this bill: not redeemed. */
  | { outcome: "not_redeemed"; saying: TillSaying }
  /** Capillary did not answer and could not be asked afterwards: whether it was redeemed is unknown. */
  | { outcome: "unconfirmed"; saying: TillSaying }
  /** The same attempt is being processed (a double tap, another tablet): ask again in a moment. */
  | { outcome: "in_progress" };

/** What the redeem route answers: the outcome in the words of the member of staff asking. */
export type RedeemAnswer =
  | Exclude<TillOutcome, { outcome: "refused" | "not_redeemed" | "unconfirmed" }>
  | RefusedAnswer<Refusal & { words: string }>
  | { outcome: "not_redeemed" | "unconfirmed"; message: string };

export function wordTillOutcome(outcome: TillOutcome, options: MoneyOptions & Wording): RedeemAnswer {
  switch (outcome.outcome) {
    case "refused":
      // An answer kept from before refusals were worded per request already has its words.
      if (!outcome.refusal.reason) return outcome as RedeemAnswer;
      return {
        ...outcome,
        refusal: { ...outcome.refusal, words: sayAtTill(outcome.refusal.reason, options) },
      };
    case "not_redeemed":
    case "unconfirmed":
      if (!outcome.saying) return outcome as unknown as RedeemAnswer;
      return { outcome: outcome.outcome, message: sayAtTill(outcome.saying, options) };
    default:
      return outcome;
  }
}

export interface UndoAnswer {
  receipt: RedemptionReceipt;
}
