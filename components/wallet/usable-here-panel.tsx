"use client";

import { useQuery } from "@tanstack/react-query";
import { useProblemText } from "@/components/shared/problem-text";
import { useTranslations } from "@/components/shared/words-client";
import { usableHereQueryOptions } from "@/lib/client/queries/wallet/usable-here";

/** The answer to "Can I use this here, now?", loaded with its code only when a shopper first asks. */
export function UsableHerePanel({ couponId }: { couponId: string }) {
  const t = useTranslations("wallet.actions");
  const problemText = useProblemText();
  const answer = useQuery(usableHereQueryOptions(couponId));
  if (answer.isPending) return <p className="text-ink-muted mt-2">{t("checking")}</p>;
  if (answer.isError)
    return (
      <p className="text-bad mt-2">
        {problemText(answer.error, "problem.request.checkFailed")}{" "}
        <button type="button" onClick={() => void answer.refetch()} className="font-semibold underline">
          {t("tryAgain")}
        </button>
      </p>
    );
  const { usable, headline, details, checked } = answer.data;
  return (
    <div
      className={`mt-2 rounded-lg border p-3 ${usable ? "border-good-line bg-good-soft" : "border-warn-line bg-warn-soft"}`}
    >
      <p className="text-lg font-semibold">
        <span aria-hidden="true">{usable ? "✓ " : "✕ "}</span>
        {headline}
      </p>
      {details.length > 0 && (
        <ul className="mt-1 list-disc ps-5">
          {details.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
      {!checked && <p className="text-ink-muted mt-1">{t("unchecked")}</p>}
    </div>
  );
}
