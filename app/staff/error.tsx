"use client";

import { useTranslations } from "next-intl";
import { ProblemPage } from "@/components/shared/problem-page";

/** A failure in the staff console: said plainly, with a retry, so the queue at the till keeps moving. */
export default function StaffError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("problem");
  return (
    <ProblemPage
      title={t("staffFailedTitle")}
      home={{ href: "/staff", label: t("backToConsole") }}
      onRetry={reset}
    >
      <p>{t("staffFailedText")}</p>
    </ProblemPage>
  );
}
