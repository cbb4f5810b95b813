// What the till's routes answer: plain JSON shared by the routes and the console.
import type { Refusal } from "./refusal-reasons";

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

export type RedeemAnswer =
  | { outcome: "redeemed"; receipt: RedemptionReceipt }
  | {
      outcome: "refused";
      refusal: Refusal;
      /** `precheck`: the app saw it and sent nothing; `capillary`: Capillary refused it. */
      stage: "precheck" | "capillary";
      resultCode: number | null;
      capillaryMessage: string | null;
    }
  /** Capillary did not answer in time, and its records show no redemption on this bill: not redeemed. */
  | { outcome: "not_redeemed"; message: string }
  /** Capillary did not answer and could not be asked afterwards: whether it was redeemed is unknown. */
  | { outcome: "unconfirmed"; message: string }
  /** The same attempt is being processed (a double tap, another tablet): ask again in a moment. */
  | { outcome: "in_progress" };

export interface UndoAnswer {
  receipt: RedemptionReceipt;
}
