"use client";

import { useEffect } from "react";

/** Registers the offline service worker (production builds only: dev rebuilds would fight its caches). */
export function RegisterServiceWorker() {
  useEffect(() => {
    if (process.env.NODE_ENV !== "production" || !("serviceWorker" in navigator)) return;
    navigator.serviceWorker.register("/serwist/sw.js", { scope: "/", type: "module" }).catch(() => undefined);
  }, []);
  return null;
}
