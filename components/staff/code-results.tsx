"use client";

import type { DisplaySettings } from "@/lib/shared/display-types";
import { useCheckCodes, type CodeSearch } from "@/lib/client/queries/staff/check-codes";
import { CodeResultCard } from "./code-result-card";
import { StatusMessage } from "./status-message";

interface Props {
  search: CodeSearch;
  display: DisplaySettings;
  /** Set when this member of staff may redeem. */
  redeem: { billAmountMax: number } | null;
}

export function CodeResults({ search, display, redeem }: Props) {
  const check = useCheckCodes(search);
  if (check.isPending) return <StatusMessage tone="busy">Checking with Capillary…</StatusMessage>;
  if (check.isError) return <StatusMessage tone="error">{check.error.message}</StatusMessage>;
  return (
    <section aria-label="Code check results" aria-busy={check.isFetching} className="flex flex-col gap-3">
      {check.data.results.map((result) => (
        <CodeResultCard key={result.check.code} result={result} display={display} redeem={redeem} />
      ))}
    </section>
  );
}
