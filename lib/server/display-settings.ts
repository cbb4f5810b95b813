import "server-only";
import { cookies } from "next/headers";
import { getEnv } from "@/lib/server/env";
import { getAppLocale } from "@/lib/server/i18n/locale";
import { getWords } from "@/lib/server/i18n/words";
import type { Wording } from "@/lib/shared/i18n/translate";
import { formattingLocale } from "@/lib/shared/i18n/locales";
import type { DisplaySettings } from "@/lib/shared/display-types";
import { isTimeZone } from "@/lib/shared/time-zone";
import { TIME_ZONE_COOKIE } from "@/lib/shared/time-zone-cookie";

/**
 * How money and times read for this visitor. The browser reports its zone in a cookie so the server's
 * first paint already shows expiry in the shopper's own time zone; until it has, the brand's default zone
 * is used and the client corrects it after hydration.
 */
export async function getDisplaySettings(): Promise<DisplaySettings> {
  const [zone, language] = await Promise.all([
    cookies().then((jar) => jar.get(TIME_ZONE_COOKIE)?.value),
    getAppLocale(),
  ]);
  const { locale, currency, defaultTimeZone } = getEnv().display;
  return {
    // The visitor's language in the brand's region: "hi-IN" writes Hindi month names with ₹ grouping.
    locale: formattingLocale(language, locale),
    currency,
    timeZone: isTimeZone(zone) ? zone : defaultTimeZone,
    zoneFromBrowser: isTimeZone(zone),
  };
}

/** The display settings with this visitor's words, for server code that writes coupon texts. */
export async function getWordedDisplay(): Promise<DisplaySettings & Wording> {
  const [display, t] = await Promise.all([getDisplaySettings(), getWords()]);
  return { ...display, t };
}
