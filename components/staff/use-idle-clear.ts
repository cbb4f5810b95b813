"use client";

import { useEffect, useRef } from "react";

const ACTIVITY = ["pointerdown", "keydown", "touchstart", "wheel"] as const;

/**
 * Calls `onIdle` after `ms` without a touch, key or scroll. The counter tablet is shared: a customer's
 * coupons must not stay on screen for the next person in the queue (a counter tablet is shared).
 */
export function useIdleClear(active: boolean, ms: number, onIdle: () => void) {
  const callback = useRef(onIdle);
  useEffect(() => {
    callback.current = onIdle;
  }, [onIdle]);

  useEffect(() => {
    if (!active) return;
    let timer = window.setTimeout(() => callback.current(), ms);
    const reset = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => callback.current(), ms);
    };
    for (const type of ACTIVITY) window.addEventListener(type, reset, { passive: true });
    return () => {
      window.clearTimeout(timer);
      for (const type of ACTIVITY) window.removeEventListener(type, reset);
    };
  }, [active, ms]);
}
