/// <reference lib="webworker" />
// The wallet's service worker: it keeps the app shell and the shopper's last wallet so a shopper who opened
// their wallet before can open it again with no signal (shops often have poor reception). Staff
// pages and every other API are never cached: a shared tablet must not keep a customer's data.
import { defaultCache } from "@serwist/turbopack/worker";
import {
  ExpirationPlugin,
  NetworkFirst,
  NetworkOnly,
  Serwist,
  type PrecacheEntry,
  type SerwistGlobalConfig,
} from "serwist";

declare global {
  interface WorkerGlobalScope extends SerwistGlobalConfig {
    __SW_MANIFEST: (PrecacheEntry | string)[] | undefined;
  }
}
declare const self: ServiceWorkerGlobalScope;

const WALLET_CACHE_SECONDS = 48 * 60 * 60;
const walletCache = (cacheName: string) =>
  new NetworkFirst({
    cacheName,
    networkTimeoutSeconds: 6,
    plugins: [new ExpirationPlugin({ maxEntries: 4, maxAgeSeconds: WALLET_CACHE_SECONDS })],
  });

const serwist = new Serwist({
  precacheEntries: self.__SW_MANIFEST,
  skipWaiting: true,
  clientsClaim: true,
  navigationPreload: false,
  runtimeCaching: [
    {
      matcher: ({ request, url, sameOrigin }) =>
        sameOrigin && request.mode === "navigate" && url.pathname === "/wallet",
      handler: walletCache("wallet-pages"),
    },
    {
      matcher: ({ url, sameOrigin }) => sameOrigin && url.pathname === "/api/wallet",
      handler: walletCache("wallet-api"),
    },
    {
      matcher: ({ url, sameOrigin }) => sameOrigin && !url.pathname.startsWith("/_next/static/"),
      handler: new NetworkOnly(),
    },
    ...defaultCache,
  ],
});

serwist.addEventListeners();
