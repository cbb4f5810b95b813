"use client";

import { useEffect, useState } from "react";
import type { DisplaySettings } from "@/lib/display-types";

const MINUTE = 60_000;

/**
 * Starts from what the server rendered with (so hydration matches), then switches to the browser's own
 * time zone and remembers it in a cookie for the next server render, and moves `now` on every minute so
 * "expires in 5 minutes" and the Active/Expired split stay true on a wallet left open.
 */
export function useDisplay(server: DisplaySettings, renderedAt: number) {
  const [timeZone, setTimeZone] = useState(server.timeZone);
  const [now, setNow] = useState(renderedAt);

  useEffect(() => {
    const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (browserZone && browserZone !== server.timeZone) {
      document.cookie = `tz=${encodeURIComponent(browserZone)}; path=/; max-age=31536000; samesite=lax`;
      setTimeZone(browserZone);
    }
    setNow(Date.now());
    const timer = window.setInterval(() => setNow(Date.now()), MINUTE);
    return () => window.clearInterval(timer);
  }, [server.timeZone]);

  return { display: { ...server, timeZone }, now };
}
