import { useLocale, useTranslations } from "next-intl";
import { LOCALE_NAMES, LOCALES } from "@/lib/shared/i18n/locales";

/**
 * The language, chosen by the visitor: a disclosure and a plain form (rendered on the server, no script),
 * posted to /api/locale, which remembers the choice in a cookie and sends the visitor back here. Each
 * language is named in itself, and marked with its own lang so screen readers say it right.
 */
export function LanguageSwitch({ returnTo }: { returnTo: string }) {
  const t = useTranslations("common");
  const current = useLocale();
  return (
    <details className="group relative">
      <summary className="focus-visible:outline-brand-ink border-line bg-surface text-ink-soft hover:bg-surface-muted flex min-h-12 cursor-pointer list-none items-center gap-1 rounded-lg border px-3 font-semibold focus-visible:outline-3 [&::-webkit-details-marker]:hidden">
        <GlobeIcon /> {t("language")}
      </summary>
      <form
        method="post"
        action="/api/locale"
        className="border-line bg-surface absolute end-0 z-10 mt-2 hidden w-44 flex-col gap-1 rounded-lg border p-2 shadow-lg group-open:flex"
      >
        <input type="hidden" name="returnTo" value={returnTo} />
        {LOCALES.map((locale) => (
          <button
            key={locale}
            type="submit"
            name="locale"
            value={locale}
            lang={locale}
            aria-pressed={current === locale}
            className="focus-visible:outline-brand-ink aria-pressed:bg-brand-tint text-ink hover:bg-surface-muted min-h-12 rounded-md px-3 text-start font-medium focus-visible:outline-3 aria-pressed:font-bold"
          >
            {LOCALE_NAMES[locale]}
          </button>
        ))}
      </form>
    </details>
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
