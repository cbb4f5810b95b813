// The browser tells the server its time zone in this cookie, so server renders show expiry on the
// shopper's own clock. Shared by the browser code that writes it and the server code that reads it.
export const TIME_ZONE_COOKIE = "tz";

export function rememberBrowserTimeZone(zone: string): void {
  document.cookie = `${TIME_ZONE_COOKIE}=${encodeURIComponent(zone)}; path=/; max-age=31536000; samesite=lax`;
}
