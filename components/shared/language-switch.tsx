import { useLocale, useTranslations } from "next-intl";
import { LOCALE_NAMES, LOCALES } from "@/lib/shared/i18n/locales";
import { PreferenceMenu } from "./preference-menu";

/** The language, remembered by /api/locale; each named in itself, and marked with its own lang. */
export function LanguageSwitch({ returnTo }: { returnTo: string }) {
  const t = useTranslations("common");
  const current = useLocale();
  return (
    <PreferenceMenu
      summary={
        <>
          <GlobeIcon /> {t("language")}
        </>
      }
      action="/api/locale"
      field="locale"
      options={LOCALES.map((locale) => ({ value: locale, label: LOCALE_NAMES[locale], lang: locale }))}
      current={current}
      returnTo={returnTo}
    />
  );
}

/** Drawn rather than a glyph: a font without the glyph would show an empty box. */
function GlobeIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 16 16" className="size-4" fill="none" stroke="currentColor">
      <circle cx="8" cy="8" r="6.5" />
      <path d="M1.5 8h13M8 1.5c-2.2 2.4-2.2 10.6 0 13M8 1.5c2.2 2.4 2.2 10.6 0 13" />
    </svg>
  );
}
