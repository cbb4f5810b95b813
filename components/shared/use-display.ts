"use client";

import { useEffect, useMemo, useState, useSyncExternalStore } from "react";
import { seededTranslate } from "@/lib/shared/coupons/intl";
import type { DisplaySettings } from "@/lib/shared/display-types";
import type { Wording } from "@/lib/shared/i18n/translate";
import { browserTimeZone, zoneDecision } from "@/lib/client/browser-time-zone";
import { rememberBrowserTimeZone } from "@/lib/shared/time-zone-cookie";
import { useWords } from "./use-words";

const MINUTE = 60_000;

function subscribeToMinutes(onChange: () => void) {
  const timer = window.setInterval(onChange, MINUTE / 4);
  return () => window.clearInterval(timer);
}

// Whole minutes, so the snapshot is stable between ticks (useSyncExternalStore compares with Object.is).
const currentMinute = () => Math.floor(Date.now() / MINUTE) * MINUTE;

/**
 * The longest a task waits for an idle moment. A page that is never idle (a busy phone, a loaded machine)
 * would otherwise put it off indefinitely: in a loaded test run the idle-time tasks came 16 s after hydration,
 * too late for a traveller's zone check the test waited 15 s for.
 */
export const LONGEST_IDLE_WAIT_MS = 5_000;

/** Once the page has settled: `delayMs` after it started, at the browser's next idle moment (or soon after). */
export function afterLoad(task: () => void, delayMs: number): () => void {
  let idle: number | undefined;
  const timer = setTimeout(() => {
    // Safari has no requestIdleCallback.
    if (typeof window.requestIdleCallback === "function")
      idle = window.requestIdleCallback(task, { timeout: LONGEST_IDLE_WAIT_MS });
    else task();
  }, delayMs);
  return () => {
    clearTimeout(timer);
    if (idle !== undefined) window.cancelIdleCallback(idle);
  };
}

/**
 * Hydrates with what the server rendered (its time and the zone it knew), then follows the browser's own
 * time zone and clock: "expires in 5 minutes" and the Active/Expired split stay true on a wallet left
 * open. The zone goes into a cookie so the next server render already uses it.
 *
 * The check redraws only when the zone really differs (not for another name of the same zone), and it is
 * cheap where the browser has Temporal (lib/client/browser-time-zone.ts). Elsewhere it builds the page's
 * first Intl formatter, a long task on a cheap phone, so when the server already rendered in the zone this
 * browser reported, the check waits until the page has settled (5-10 s); only a traveller's wallet
 * changes then, and every time it shows names its zone. Without that cookie it runs at once.
 */
export function useDisplay(
  server: DisplaySettings,
  renderedAt: number,
): { display: DisplaySettings & Wording; now: number } {
  const words = useWords();
  const [timeZone, setTimeZone] = useState(server.timeZone);
  const { timeZone: serverZone, zoneFromBrowser } = server;
  useEffect(() => {
    const check = () => {
      const { redrawIn, remember } = zoneDecision(browserTimeZone(), {
        timeZone: serverZone,
        zoneFromBrowser,
      });
      if (remember) rememberBrowserTimeZone(remember);
      if (redrawIn) setTimeZone(redrawIn);
    };
    if (!zoneFromBrowser) {
      check();
      return;
    }
    return afterLoad(check, 5_000);
  }, [serverZone, zoneFromBrowser]);

  // Until the clock passes into the next minute the browser keeps the server's moment, so hydration
  // doesn't re-render every card just to move "now" by a few seconds.
  const now = useSyncExternalStore(
    subscribeToMinutes,
    () => Math.max(currentMinute(), renderedAt),
    () => renderedAt,
  );

  const { locale, currency } = server;
  // The words go through the first paint's seeds too (seededTranslate), like the formatters.
  const display = useMemo(
    () => ({ locale, currency, timeZone, t: seededTranslate(locale, words) }),
    [locale, currency, timeZone, words],
  );
  return { display, now };
}
