import "server-only";
import { cookies } from "next/headers";
import type { DisplaySettings } from "@/lib/shared/display-types";
import { TIME_ZONE_COOKIE } from "@/lib/shared/time-zone-cookie";

const DEFAULT_TIME_ZONE = process.env.WALLET_DEFAULT_TIME_ZONE ?? "Asia/Kolkata";

function isTimeZone(value: string | undefined): value is string {
  if (!value || value.length > 64) return false;
  try {
    new Intl.DateTimeFormat("en", { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/**
 * How money and times read for this visitor. The browser reports its zone in a cookie so the server's
 * first paint already shows expiry in the shopper's own time zone; until it has, the brand's default zone
 * is used and the client corrects it after hydration.
 */
export async function getDisplaySettings(): Promise<DisplaySettings> {
  const zone = (await cookies()).get(TIME_ZONE_COOKIE)?.value;
  return {
    locale: process.env.WALLET_LOCALE ?? "en-IN",
    currency: process.env.WALLET_CURRENCY ?? "INR",
    timeZone: isTimeZone(zone) ? zone : DEFAULT_TIME_ZONE,
    zoneFromBrowser: isTimeZone(zone),
  };
}
