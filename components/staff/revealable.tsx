"use client";

import { useProblemText } from "@/components/shared/problem-text";
import { useTranslations } from "@/components/shared/words-client";
import { useEffect, useState } from "react";
import { revealValue } from "@/lib/client/queries/staff/till";
import type { RevealField } from "@/lib/shared/staff/types";

interface Props {
  /** The masked value the server sent. */
  shown: string;
  /** What it is, in the visitor's words, for the button's accessible name ("Reveal mobile"). */
  label: string;
  request: { customerId: string; field: RevealField; couponId?: string };
}

/** A masked value with "Reveal": the full value for 60 seconds (the server audits each reveal), then masked again. */
export function Revealable({ shown, label, request }: Props) {
  const t = useTranslations("staff.reveal");
  const problemText = useProblemText();
  const [revealed, setRevealed] = useState<{ value: string; hideAt: number } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!revealed) return;
    const timer = window.setTimeout(() => setRevealed(null), Math.max(0, revealed.hideAt - Date.now()));
    return () => window.clearTimeout(timer);
  }, [revealed]);

  async function reveal() {
    setBusy(true);
    setError(null);
    try {
      const answer = await revealValue(request);
      setRevealed({ value: answer.value, hideAt: Date.parse(answer.hideAt) });
    } catch (failure) {
      setError(problemText(failure, "staff.reveal.failed"));
    } finally {
      setBusy(false);
    }
  }

  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <span className="font-mono break-all" dir="ltr">
        {revealed ? revealed.value : shown}
      </span>
      {revealed ? (
        <button
          type="button"
          onClick={() => setRevealed(null)}
          className="focus-visible:outline-brand-ink border-line-strong bg-surface min-h-12 rounded-lg border px-3 text-base font-semibold focus-visible:outline-3"
        >
          {t("hide", { label })}
        </button>
      ) : (
        <button
          type="button"
          onClick={() => void reveal()}
          disabled={busy}
          className="focus-visible:outline-brand-ink border-line-strong bg-surface min-h-12 rounded-lg border px-3 text-base font-semibold focus-visible:outline-3 disabled:opacity-60"
        >
          {t("reveal", { label })}
        </button>
      )}
      {error && (
        <span role="alert" className="text-bad">
          {error}
        </span>
      )}
    </span>
  );
}
