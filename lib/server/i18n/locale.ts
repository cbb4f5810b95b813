import "server-only";

import { cookies, headers } from "next/headers";
import { getEnv } from "@/lib/server/env";
import { localeFromAcceptLanguage } from "@/lib/shared/i18n/accept-language";
import { isAppLocale, LOCALE_COOKIE, type AppLocale } from "@/lib/shared/i18n/locales";

/**
 * This visitor's language: their choice (the switcher's cookie), else the first of ours their browser asks
 * for, else the brand's default (WALLET_DEFAULT_LOCALE). No locale in the URL: every address stays as it is.
 */
export async function getAppLocale(): Promise<AppLocale> {
  const [jar, sent] = await Promise.all([cookies(), headers()]);
  const chosen = jar.get(LOCALE_COOKIE)?.value;
  if (isAppLocale(chosen)) return chosen;
  return localeFromAcceptLanguage(sent.get("accept-language")) ?? getEnv().display.defaultLanguage;
}
