"use client";

import type { DisplaySettings } from "@/lib/shared/display-types";
import { useCheckCodes, type CodeSearch } from "@/lib/client/queries/staff/check-codes";
import { CodeResultCard } from "./code-result-card";
import { StatusMessage } from "./status-message";

export function CodeResults({ search, display }: { search: CodeSearch; display: DisplaySettings }) {
  const check = useCheckCodes(search);
  if (check.isPending) return <StatusMessage tone="busy">Checking with Capillary…</StatusMessage>;
  if (check.isError) return <StatusMessage tone="error">{check.error.message}</StatusMessage>;
  return (
    <section aria-label="Code check results" aria-busy={check.isFetching} className="flex flex-col gap-3">
      {check.data.results.map((result) => (
        <CodeResultCard key={result.check.code} result={result} display={display} />
      ))}
    </section>
  );
}
