import "server-only";
import { cookies } from "next/headers";
import { getEnv } from "@/lib/server/env";
import type { DisplaySettings } from "@/lib/shared/display-types";
import { isTimeZone } from "@/lib/shared/time-zone";
import { TIME_ZONE_COOKIE } from "@/lib/shared/time-zone-cookie";

/**
 * How money and times read for this visitor. The browser reports its zone in a cookie so the server's
 * first paint already shows expiry in the shopper's own time zone; until it has, the brand's default zone
 * is used and the client corrects it after hydration.
 */
export async function getDisplaySettings(): Promise<DisplaySettings> {
  const zone = (await cookies()).get(TIME_ZONE_COOKIE)?.value;
  const { locale, currency, defaultTimeZone } = getEnv().display;
  return {
    locale,
    currency,
    timeZone: isTimeZone(zone) ? zone : defaultTimeZone,
    zoneFromBrowser: isTimeZone(zone),
  };
}
