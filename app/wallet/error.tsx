"use client";

import { useTranslations } from "@/components/shared/words-client";
import { ProblemPage } from "@/components/shared/problem-page";

/** A failure while showing the wallet: said plainly, with a retry (React re-renders the segment). */
export default function WalletError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("problem");
  const common = useTranslations("common");
  return (
    <ProblemPage
      title={t("walletFailedTitle")}
      home={{ href: "/wallet", label: t("backToWallet") }}
      retry={{ label: common("tryAgain"), onRetry: reset }}
    >
      <p>{t("walletFailedText")}</p>
    </ProblemPage>
  );
}
