"use client";

import { useProblemText } from "@/components/shared/problem-text";
import { useTranslations } from "@/components/shared/words-client";
import type { DisplaySettings } from "@/lib/shared/display-types";
import type { Wording } from "@/lib/shared/i18n/translate";
import { useCheckCodes, type CodeSearch } from "@/lib/client/queries/staff/check-codes";
import { CodeResultCard } from "./code-result-card";
import { StatusMessage } from "./status-message";

interface Props {
  search: CodeSearch;
  display: DisplaySettings & Wording;
  /** Set when this member of staff may redeem. */
  redeem: { billAmountMax: number } | null;
}

export function CodeResults({ search, display, redeem }: Props) {
  const t = useTranslations("staff.codes");
  const problemText = useProblemText();
  const check = useCheckCodes(search);
  if (check.isPending) return <StatusMessage tone="busy">{t("checking")}</StatusMessage>;
  if (check.isError)
    return <StatusMessage tone="error">{problemText(check.error, "problem.request.failed")}</StatusMessage>;
  return (
    <section aria-label={t("results")} aria-busy={check.isFetching} className="flex flex-col gap-3">
      {check.data.results.map((result) => (
        <CodeResultCard key={result.check.code} result={result} display={display} redeem={redeem} />
      ))}
    </section>
  );
}
