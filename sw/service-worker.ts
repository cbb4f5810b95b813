/// <reference lib="webworker" />
// The wallet's service worker: it keeps the app shell and the shopper's last wallet so a shopper who opened
// their wallet before can open it again with no signal (shops often have poor reception). A kept wallet is
// served only while the session it belongs to lasts on this device (the mark the wallet page writes; see
// lib/client/queries/wallet/persistence.ts): once it has ended, or someone else signed in, the copies are
// deleted and the sign-in page comes instead. Staff pages and every other API are never cached: a shared
// tablet must not keep a customer's data. It also shows the shopper's expiry reminders (web push).
import { defaultCache } from "@serwist/turbopack/worker";
import {
  ExpirationPlugin,
  NetworkFirst,
  NetworkOnly,
  Serwist,
  type PrecacheEntry,
  type SerwistGlobalConfig,
  type SerwistPlugin,
} from "serwist";

declare global {
  interface WorkerGlobalScope extends SerwistGlobalConfig {
    __SW_MANIFEST: (PrecacheEntry | string)[] | undefined;
  }
}
declare const self: ServiceWorkerGlobalScope;

const WALLET_CACHE_SECONDS = 48 * 60 * 60;
// The names the page uses (lib/client/queries/wallet/persistence.ts; the worker is bundled on its own).
const WALLET_CACHES = ["wallet-pages", "wallet-api"];
const MARK_COOKIE = "cw-offline";
const MARK_CACHE = "wallet-session";
const MARK_URL = "/__wallet-session";

interface CookieStoreLike {
  get(name: string): Promise<{ value: string } | null>;
}

/** Whether the session the kept wallet belongs to still lasts on this device. */
async function sessionLasts(): Promise<boolean> {
  const cookieStore = (self as unknown as { cookieStore?: CookieStoreLike }).cookieStore;
  // The browser drops the mark's cookie itself when the session ends: the surest sign, where readable.
  if (cookieStore) return (await cookieStore.get(MARK_COOKIE).catch(() => null)) !== null;
  const mark = await (await caches.open(MARK_CACHE)).match(MARK_URL);
  const { endsAt } = mark ? ((await mark.json()) as { endsAt?: number }) : {};
  return typeof endsAt === "number" && endsAt > Date.now();
}

async function forgetWallets(): Promise<void> {
  await Promise.all([...WALLET_CACHES, MARK_CACHE].map((name) => caches.delete(name)));
}

const onlyForALiveSession: SerwistPlugin = {
  cachedResponseWillBeUsed: async ({ cachedResponse }) => {
    if (!cachedResponse) return cachedResponse;
    if (await sessionLasts()) return cachedResponse;
    await forgetWallets();
    return undefined;
  },
  // No network and no copy for this session: the sign-in page (kept when last seen), not a browser error.
  handlerDidError: async ({ request }) =>
    request.mode === "navigate"
      ? ((await caches.match("/signin", { cacheName: "signin-page", ignoreSearch: true })) ??
        Response.redirect("/signin", 302))
      : undefined,
};

const walletCache = (cacheName: string) =>
  new NetworkFirst({
    cacheName,
    networkTimeoutSeconds: 6,
    plugins: [
      new ExpirationPlugin({ maxEntries: 4, maxAgeSeconds: WALLET_CACHE_SECONDS }),
      onlyForALiveSession,
    ],
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
      // Kept so that a shopper whose session ended offline gets the way back in rather than an error.
      matcher: ({ request, url, sameOrigin }) =>
        sameOrigin && request.mode === "navigate" && url.pathname === "/signin",
      handler: new NetworkFirst({ cacheName: "signin-page", networkTimeoutSeconds: 6 }),
    },
    {
      matcher: ({ url, sameOrigin }) => sameOrigin && !url.pathname.startsWith("/_next/static/"),
      handler: new NetworkOnly(),
    },
    ...defaultCache,
  ],
});

// The sign-in page as a signed-out visitor gets it, kept from the start: a shopper who signed in before this
// worker took over (the first visit) has never navigated to /signin under it, yet may lose the session offline.
self.addEventListener("install", (event) => {
  event.waitUntil(
    (async () => {
      const page = await fetch("/signin", { credentials: "omit", redirect: "manual" }).catch(() => null);
      if (page?.ok) await (await caches.open("signin-page")).put("/signin", page);
    })(),
  );
});

serwist.addEventListeners();

// Expiry reminders (lib/server/push/reminders.ts sends them): shown as sent, one per coupon (`tag`), and a
// tap opens the wallet, in a window already open where there is one.
interface Reminder {
  title: string;
  body: string;
  url: string;
  tag: string;
}

self.addEventListener("push", (event) => {
  const reminder = event.data?.json() as Reminder | undefined;
  if (!reminder?.title) return;
  event.waitUntil(
    self.registration.showNotification(reminder.title, {
      body: reminder.body,
      tag: reminder.tag,
      icon: "/icon-192.png",
      data: { url: reminder.url },
    }),
  );
});

self.addEventListener("notificationclick", (event) => {
  event.notification.close();
  const { url } = (event.notification.data ?? {}) as { url?: string };
  const target = new URL(url ?? "/wallet", self.location.origin);
  // Only ever this app's own pages.
  if (target.origin !== self.location.origin) return;
  event.waitUntil(
    (async () => {
      const open = await self.clients.matchAll({ type: "window", includeUncontrolled: true });
      const wallet = open.find((client) => new URL(client.url).pathname === target.pathname);
      if (wallet) await wallet.focus();
      else await self.clients.openWindow(target.href);
    })(),
  );
});
