/**
 * The "Demo mode" box on the sign-in pages: shown only when the app runs on the embedded Capillary
 * emulator, so nobody mistakes it for production.
 */
import { useTranslations } from "next-intl";

export function DemoNotice({ headingId, children }: { headingId: string; children: React.ReactNode }) {
  const t = useTranslations("common");
  return (
    <aside
      aria-labelledby={headingId}
      className="border-warn-line bg-warn-soft text-warn rounded-lg border-2 border-dashed p-4"
    >
      <h2 id={headingId} className="text-lg font-bold">
        {t("demoMode")}
      </h2>
      {children}
    </aside>
  );
}
