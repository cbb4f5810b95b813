import { LOCALES, type AppLocale } from "./locales";

/**
 * The first of our languages an Accept-Language header asks for, by its quality values ("hi-IN,hi;q=0.9,
 * en;q=0.8" gives `hi`); null when it asks for none of them, so the brand's default applies.
 */
export function localeFromAcceptLanguage(header: string | null | undefined): AppLocale | null {
  if (!header) return null;
  const wanted = header
    .split(",")
    .slice(0, 20)
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find(Boolean);
      return { language: tag.split("-")[0]!.toLowerCase(), q: q === undefined ? 1 : Number(q), index };
    })
    .filter(({ q }) => q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const { language } of wanted) {
    const match = LOCALES.find((locale) => locale === language);
    if (match) return match;
  }
  return null;
}
