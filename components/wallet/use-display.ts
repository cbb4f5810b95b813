"use client";

import { useEffect, useMemo, useSyncExternalStore } from "react";
import type { DisplaySettings } from "@/lib/display-types";
import { rememberBrowserTimeZone } from "@/lib/time-zone-cookie";

const MINUTE = 60_000;

function subscribeToMinutes(onChange: () => void) {
  const timer = window.setInterval(onChange, MINUTE / 4);
  return () => window.clearInterval(timer);
}

// Whole minutes, so the snapshot is stable between ticks (useSyncExternalStore compares with Object.is).
const currentMinute = () => Math.floor(Date.now() / MINUTE) * MINUTE;
const browserTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
const noSubscription = () => () => undefined;

/**
 * Hydrates with what the server rendered (its time and the zone it knew), then follows the browser's own
 * time zone and clock: "expires in 5 minutes" and the Active/Expired split stay true on a wallet left
 * open. The zone goes into a cookie so the next server render already uses it.
 */
export function useDisplay(server: DisplaySettings, renderedAt: number) {
  const timeZone = useSyncExternalStore(noSubscription, browserTimeZone, () => server.timeZone);
  // Until the clock passes into the next minute the browser keeps the server's moment, so hydration
  // doesn't re-render every card just to move "now" by a few seconds.
  const now = useSyncExternalStore(
    subscribeToMinutes,
    () => Math.max(currentMinute(), renderedAt),
    () => renderedAt,
  );

  useEffect(() => {
    if (timeZone !== server.timeZone) {
      rememberBrowserTimeZone(timeZone);
    }
  }, [timeZone, server.timeZone]);

  const { locale, currency } = server;
  const display = useMemo(() => ({ locale, currency, timeZone }), [locale, currency, timeZone]);
  return { display, now };
}
