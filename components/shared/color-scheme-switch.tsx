import { useTranslations } from "next-intl";
import type { ColorScheme } from "@/lib/shared/color-scheme";
import { PreferenceMenu } from "./preference-menu";

const OPTIONS: ColorScheme[] = ["system", "light", "dark"];

/** Light, dark or the device's setting, remembered by /api/color-scheme. */
export function ColorSchemeSwitch({ current, returnTo }: { current: ColorScheme; returnTo: string }) {
  const t = useTranslations("common.scheme");
  return (
    <PreferenceMenu
      summary={
        <>
          <span aria-hidden="true">◐</span> {t("theme")}
        </>
      }
      action="/api/color-scheme"
      field="scheme"
      options={OPTIONS.map((value) => ({ value, label: t(value) }))}
      current={current}
      returnTo={returnTo}
    />
  );
}
