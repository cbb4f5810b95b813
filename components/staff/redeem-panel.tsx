"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useId, useRef, useState } from "react";
import { ApiRequestError } from "@/lib/client/fetch-json";
import { newAttemptId, redeemCoupon } from "@/lib/client/queries/staff/till";
import { parseBill } from "@/lib/shared/staff/bill";
import type { RedeemAnswer } from "@/lib/shared/staff/till-types";
import { inputClass, primaryButton } from "./styles";

interface Props {
  customerId: string;
  code: string;
  billAmountMax: number;
}

const IN_PROGRESS_TRIES = 10;
const wait = (ms: number) => new Promise((resolve) => window.setTimeout(resolve, ms));

/**
 * Bill number and amount, then Redeem. The attempt id is made once per attempt: a double tap, a resend
 * after a dropped connection, or the same attempt from another tablet is redeemed once, and every repeat
 * hears the first answer.
 */
export function RedeemPanel({ customerId, code, billAmountMax }: Props) {
  const queryClient = useQueryClient();
  const id = useId();
  const attemptId = useRef(newAttemptId());
  const [billNumber, setBillNumber] = useState("");
  const [billAmount, setBillAmount] = useState("");
  const [busy, setBusy] = useState(false);
  const [answer, setAnswer] = useState<RedeemAnswer | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    if (busy) return;
    const bill = parseBill(billNumber, billAmount, billAmountMax);
    if (!bill.ok) {
      setProblem(bill.error);
      return;
    }
    setBusy(true);
    setProblem(null);
    setAnswer(null);
    try {
      let result = await redeemCoupon({ customerId, code, ...bill.bill, attemptId: attemptId.current });
      for (let tries = 0; result.outcome === "in_progress" && tries < IN_PROGRESS_TRIES; tries++) {
        await wait(1000);
        result = await redeemCoupon({ customerId, code, ...bill.bill, attemptId: attemptId.current });
      }
      setAnswer(result);
      // A finished attempt is spent: the next tap is a new attempt (after a refusal, a corrected bill).
      if (result.outcome !== "in_progress" && result.outcome !== "unconfirmed")
        attemptId.current = newAttemptId();
      if (result.outcome === "redeemed") {
        await Promise.all([
          queryClient.invalidateQueries({ queryKey: ["staff"] }),
          queryClient.invalidateQueries({ queryKey: ["till", "redemptions"] }),
        ]);
      }
    } catch (error) {
      setProblem(error instanceof ApiRequestError ? error.message : "Couldn't redeem. Try again.");
    } finally {
      setBusy(false);
    }
  }

  return (
    <form
      onSubmit={(event) => void submit(event)}
      className="mt-3 flex flex-col gap-3 border-t border-slate-200 pt-3"
    >
      <h4 className="text-xl font-bold">Redeem against a bill</h4>
      <div className="grid gap-3 sm:grid-cols-2">
        <label htmlFor={`${id}-bill`} className="flex flex-col gap-1 text-lg font-semibold">
          Bill number
          <input
            id={`${id}-bill`}
            value={billNumber}
            onChange={(event) => setBillNumber(event.target.value)}
            autoComplete="off"
            maxLength={50}
            dir="ltr"
            className={inputClass}
          />
        </label>
        <label htmlFor={`${id}-amount`} className="flex flex-col gap-1 text-lg font-semibold">
          Bill amount
          <input
            id={`${id}-amount`}
            value={billAmount}
            onChange={(event) => setBillAmount(event.target.value)}
            inputMode="decimal"
            autoComplete="off"
            dir="ltr"
            className={inputClass}
          />
        </label>
      </div>
      <button type="submit" disabled={busy} className={primaryButton}>
        {busy ? "Redeeming…" : `Redeem ${code}`}
      </button>
      {problem && (
        <p
          role="alert"
          className="rounded-lg border border-red-700 bg-red-50 p-3 text-lg font-medium text-red-900"
        >
          {problem}
        </p>
      )}
      {answer && <RedeemResult answer={answer} />}
    </form>
  );
}

function RedeemResult({ answer }: { answer: RedeemAnswer }) {
  switch (answer.outcome) {
    case "redeemed":
      return (
        <p
          role="status"
          className="rounded-lg border-2 border-green-700 bg-green-50 p-3 text-lg font-semibold text-green-900"
        >
          <span aria-hidden="true">✓ </span>Redeemed on bill {answer.receipt.billNumber}.
          {answer.receipt.undoUntil && " It can be undone from Recent redemptions for a while."}
        </p>
      );
    case "refused":
      return (
        <div role="alert" className="rounded-lg border-2 border-red-700 bg-red-50 p-3 text-lg text-red-900">
          <p className="font-semibold">
            <span aria-hidden="true">✕ </span>Not redeemed: {answer.refusal.words}
          </p>
          {answer.stage === "precheck" && <p>Nothing was sent to Capillary.</p>}
          {answer.stage === "capillary" && answer.capillaryMessage && (
            <p>
              Capillary says: {answer.capillaryMessage}
              {answer.resultCode !== null && ` (code ${answer.resultCode})`}
            </p>
          )}
        </div>
      );
    case "in_progress":
      return (
        <p role="status" className="rounded-lg bg-slate-100 p-3 text-lg">
          This redemption is still being processed. Check the code again in a moment.
        </p>
      );
    default:
      return (
        <p
          role="alert"
          className="rounded-lg border-2 border-amber-700 bg-amber-50 p-3 text-lg text-amber-950"
        >
          {answer.message}
        </p>
      );
  }
}
