"use client";

import { useProblemText } from "@/components/shared/problem-text";
import { useTranslations } from "@/components/shared/words-client";
import { useQueryClient } from "@tanstack/react-query";
import { useId, useRef, useState } from "react";
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
  const t = useTranslations("staff.redeem");
  const say = useTranslations();
  const problemText = useProblemText();
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
      setProblem(say(bill.saying.key, bill.saying.values));
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
      setProblem(problemText(error, "staff.redeem.failed"));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form
      onSubmit={(event) => void submit(event)}
      className="border-line-soft mt-3 flex flex-col gap-3 border-t pt-3"
    >
      <h4 className="text-xl font-bold">{t("title")}</h4>
      <div className="grid gap-3 sm:grid-cols-2">
        <label htmlFor={`${id}-bill`} className="flex flex-col gap-1 text-lg font-semibold">
          {t("billNumber")}
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
          {t("billAmount")}
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
        {busy ? t("redeeming") : t("redeem", { code })}
      </button>
      {problem && (
        <p
          role="alert"
          className="border-bad-line bg-bad-soft text-bad rounded-lg border p-3 text-lg font-medium"
        >
          {problem}
        </p>
      )}
      {answer && <RedeemResult answer={answer} />}
    </form>
  );
}

function RedeemResult({ answer }: { answer: RedeemAnswer }) {
  const t = useTranslations("staff.redeem");
  switch (answer.outcome) {
    case "redeemed":
      return (
        <p
          role="status"
          className="border-good-line bg-good-soft text-good rounded-lg border-2 p-3 text-lg font-semibold"
        >
          <span aria-hidden="true">✓ </span>
          {t.rich("redeemed", { bill: () => <bdi dir="ltr">{answer.receipt.billNumber}</bdi> })}
          {answer.receipt.undoUntil && ` ${t("undoable")}`}
        </p>
      );
    case "refused":
      return (
        <div role="alert" className="border-bad-line bg-bad-soft text-bad rounded-lg border-2 p-3 text-lg">
          <p className="font-semibold">
            <span aria-hidden="true">✕ </span>
            {t("refused", { words: answer.refusal.words })}
          </p>
          {answer.stage === "precheck" && <p>{t("nothingSent")}</p>}
          {answer.stage === "capillary" && answer.capillaryMessage && (
            <p>
              {t("capillarySays")} <bdi>{answer.capillaryMessage}</bdi>
              {answer.resultCode !== null && ` ${t("resultCode", { code: answer.resultCode })}`}
            </p>
          )}
        </div>
      );
    case "in_progress":
      return (
        <p role="status" className="bg-surface-muted rounded-lg p-3 text-lg">
          {t("inProgress")}
        </p>
      );
    default:
      return (
        <p role="alert" className="border-warn-line bg-warn-soft text-warn rounded-lg border-2 p-3 text-lg">
          {answer.message}
        </p>
      );
  }
}
