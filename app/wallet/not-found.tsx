import { useTranslations } from "next-intl";
import { ProblemPage } from "@/components/shared/problem-page";

export default function WalletNotFound() {
  const t = useTranslations("problem");
  return (
    <ProblemPage title={t("nothingHere")} home={{ href: "/wallet", label: t("backToWallet") }}>
      <p>{t("walletNotFoundText")}</p>
    </ProblemPage>
  );
}
