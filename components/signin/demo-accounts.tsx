import { useTranslations } from "next-intl";
import { DemoNotice } from "@/components/shared/demo-notice";

/** The demo shoppers, on the shopper sign-in page in demo mode. */
export function DemoAccounts() {
  const t = useTranslations("signin.demo");
  return (
    <DemoNotice headingId="demo-heading">
      <p className="mt-1">{t.rich("intro", { code: (chunks) => <code dir="ltr">{chunks}</code> })}</p>
      <ul className="mt-2 list-disc ps-5">
        <li>
          <strong dir="ltr">919000000001</strong>
          {t("asha")}
        </li>
        <li>
          <strong dir="ltr">919000000002</strong>
          {t("ben")}
        </li>
      </ul>
    </DemoNotice>
  );
}
