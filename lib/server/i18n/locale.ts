import "server-only";

import { cookies, headers } from "next/headers";
import { RequestCookies } from "next/dist/server/web/spec-extension/cookies";
import { getEnv } from "@/lib/server/env";
import { localeFromAcceptLanguage } from "@/lib/shared/i18n/accept-language";
import { isAppLocale, LOCALE_COOKIE, type AppLocale } from "@/lib/shared/i18n/locales";

function chooseLocale(chosen: string | undefined, acceptLanguage: string | null): AppLocale {
  if (isAppLocale(chosen)) return chosen;
  return localeFromAcceptLanguage(acceptLanguage) ?? getEnv().display.defaultLanguage;
}

/**
 * This visitor's language: their choice (the switcher's cookie), else the first of ours their browser asks
 * for, else the brand's default (WALLET_DEFAULT_LOCALE). No locale in the URL: every address stays as it is.
 */
export async function getAppLocale(): Promise<AppLocale> {
  const [jar, sent] = await Promise.all([cookies(), headers()]);
  return chooseLocale(jar.get(LOCALE_COOKIE)?.value, sent.get("accept-language"));
}

/**
 * The same choice read from a request in hand: a route's error answer is worded with it. Its cookies are
 * read from the headers alone: `new NextRequest(request)` would throw on a request whose body the route
 * has already read, turning every such refusal into a 500.
 */
export function localeOfRequest(request: Request): AppLocale {
  const chosen = new RequestCookies(request.headers).get(LOCALE_COOKIE)?.value;
  return chooseLocale(chosen, request.headers.get("accept-language"));
}
