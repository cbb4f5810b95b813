"use client";

import { useTranslations } from "@/components/shared/words-client";
import { ProblemPage } from "@/components/shared/problem-page";

/** A failure in the staff console: said plainly, with a retry, so the queue at the till keeps moving. */
export default function StaffError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("problem");
  const common = useTranslations("common");
  return (
    <ProblemPage
      title={t("staffFailedTitle")}
      home={{ href: "/staff", label: t("backToConsole") }}
      retry={{ label: common("tryAgain"), onRetry: reset }}
    >
      <p>{t("staffFailedText")}</p>
    </ProblemPage>
  );
}
