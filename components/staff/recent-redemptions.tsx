"use client";

import { useProblemText } from "@/components/shared/problem-text";
import { useTranslations } from "@/components/shared/words-client";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { recentRedemptionsQueryOptions, undoRedemption } from "@/lib/client/queries/staff/till";
import { formatMoney, formatTimeOfDay } from "@/lib/shared/coupons";
import type { DisplaySettings } from "@/lib/shared/display-types";
import type { RedemptionReceipt } from "@/lib/shared/staff/till-types";
import { secondaryButton } from "./styles";

/** "Now", moved on when the earliest open undo window closes, so its button goes at the right moment. */
function useWindowClose(receipts: RedemptionReceipt[]): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const next = receipts
      .map((r) => (r.undoUntil && !r.undoneAt ? Date.parse(r.undoUntil) - Date.now() : Infinity))
      .filter((ms) => ms > 0 && ms < Infinity);
    const timer = window.setTimeout(() => setNow(Date.now()), next.length === 0 ? 0 : Math.min(...next) + 50);
    return () => window.clearTimeout(timer);
  }, [receipts]);
  return now;
}

/** The redemptions this member of staff (a manager: anyone) can still undo, for a cancelled sale. */
export function RecentRedemptions({ display }: { display: DisplaySettings }) {
  const t = useTranslations("staff.recentRedemptions");
  const problemText = useProblemText();
  const queryClient = useQueryClient();
  const recent = useQuery(recentRedemptionsQueryOptions());
  const [message, setMessage] = useState<{ tone: "ok" | "error"; text: string } | null>(null);
  const [busyRef, setBusyRef] = useState<string | null>(null);
  const receipts = recent.data?.receipts ?? [];
  const now = useWindowClose(receipts);

  async function undo(receipt: RedemptionReceipt) {
    setBusyRef(receipt.ref);
    setMessage(null);
    try {
      await undoRedemption(receipt.ref);
      setMessage({ tone: "ok", text: t("undone", { bill: receipt.billNumber }) });
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ["till", "redemptions"] }),
        queryClient.invalidateQueries({ queryKey: ["staff"] }),
      ]);
    } catch (error) {
      setMessage({
        tone: "error",
        text: problemText(error, "staff.recentRedemptions.failed"),
      });
    } finally {
      setBusyRef(null);
    }
  }

  const open = receipts.filter((r) => r.undoneAt === null && r.undoUntil && Date.parse(r.undoUntil) > now);
  if (open.length === 0 && !message) return null;
  return (
    <section aria-labelledby="recent-redemptions" className="border-line bg-surface rounded-xl border p-4">
      <h2 id="recent-redemptions" className="text-xl font-bold">
        {t("title")}
      </h2>
      {message && (
        <p
          role={message.tone === "ok" ? "status" : "alert"}
          className={`mt-2 rounded-lg p-3 text-lg ${message.tone === "ok" ? "bg-good-soft text-good" : "bg-bad-soft text-bad"}`}
        >
          {message.text}
        </p>
      )}
      <ul className="mt-2 flex flex-col gap-2">
        {open.map((receipt) => (
          <li
            key={receipt.ref}
            className="bg-page flex flex-wrap items-center justify-between gap-3 rounded-lg p-3"
          >
            <span className="text-lg">
              <span className="font-mono" dir="ltr">
                {receipt.code}
              </span>{" "}
              {t("billPrefix")} <span dir="ltr">{receipt.billNumber}</span> ·{" "}
              {formatMoney(Number(receipt.billAmount), display)} ·{" "}
              {t("atBy", { time: formatTimeOfDay(receipt.redeemedAt, display), by: receipt.redeemedBy })}
            </span>
            {receipt.mayUndo && (
              <button
                type="button"
                disabled={busyRef === receipt.ref}
                onClick={() => void undo(receipt)}
                className={secondaryButton}
              >
                {t("undo", { bill: receipt.billNumber })}{" "}
                <span className="block text-sm font-normal">
                  {t("until", { time: formatTimeOfDay(receipt.undoUntil!, display) })}
                </span>
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
