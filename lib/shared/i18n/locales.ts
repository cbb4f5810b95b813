// The languages the app speaks. Adding one is its message file (messages/<code>.json) and its code here.

export const LOCALES = ["en", "hi", "ar"] as const;
export type AppLocale = (typeof LOCALES)[number];

/** Languages written right to left: the page gets dir="rtl" and logical CSS mirrors the layout. */
const RIGHT_TO_LEFT: ReadonlySet<AppLocale> = new Set(["ar"]);

/** Each language's own name, as its speakers write it (a switcher lists languages in themselves). */
export const LOCALE_NAMES: Record<AppLocale, string> = { en: "English", hi: "हिन्दी", ar: "العربية" };

/** The visitor's choice, kept so every later page (and the server's first paint) is in it. */
export const LOCALE_COOKIE = "wallet-locale";

export function isAppLocale(value: unknown): value is AppLocale {
  return LOCALES.some((locale) => locale === value);
}

export function directionOf(locale: AppLocale): "rtl" | "ltr" {
  return RIGHT_TO_LEFT.has(locale) ? "rtl" : "ltr";
}

/**
 * The locale Intl formats with: the language the visitor reads, in the brand's region (WALLET_LOCALE
 * `en-IN` with Hindi gives `hi-IN`: ₹ and Indian grouping; `en-AE` with Arabic gives `ar-AE`). When the
 * brand's locale is already in that language it is used as configured (it may carry more, e.g. `-u-nu-`).
 */
export function formattingLocale(language: AppLocale, brandLocale: string): string {
  const brand = new Intl.Locale(brandLocale);
  if (brand.language === language) return brand.toString();
  const regional = brand.region ? `${language}-${brand.region}` : language;
  return Intl.NumberFormat.supportedLocalesOf(regional).length > 0 ? regional : language;
}
