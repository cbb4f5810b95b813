import { useTranslations } from "next-intl";
import { ProblemPage } from "@/components/shared/problem-page";

export default function StaffNotFound() {
  const t = useTranslations("problem");
  return (
    <ProblemPage title={t("staffNotFoundTitle")} home={{ href: "/staff", label: t("backToConsole") }}>
      <p>{t("staffNotFoundText")}</p>
    </ProblemPage>
  );
}
