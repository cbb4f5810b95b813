"use client";

// What each card says, without the code that words a card on the wallet's first load.
//
// The server words the opening tab's first page (firstPaintTexts) and the page hydrates with those texts.
// The wording code (describeCoupon: expiry, value, conditions, uses; 2.8 kB gzip) is needed only when
// a card must be worded again in the browser: the minute turns, the zone differs, the data changes, or the
// shopper opens another tab, searches or asks for more. It loads then, or once the page has settled,
// whichever comes first; the service worker keeps it for offline use like every other script.

import { createContext, useContext, useEffect, useReducer } from "react";
import type { Coupon } from "@/lib/capillary";
import type { CouponTexts } from "@/lib/shared/coupons/describe-coupon";
import type { DisplaySettings } from "@/lib/shared/display-types";
import type { Wording } from "@/lib/shared/i18n/translate";

type Describe = typeof import("@/lib/shared/coupons/describe-coupon").describeCoupon;

/** The moment and settings the server worded its cards for. */
export interface WordedFor {
  now: number;
  locale: string;
  currency: string;
  timeZone: string;
}

let describe: Describe | null = null;
let loading: Promise<Describe> | null = null;

/** Loads the wording code once; after a failed load (offline, nothing cached) the next call tries again. */
export function loadCardWording(): Promise<Describe> {
  loading ??= import("@/lib/shared/coupons/describe-coupon").then(
    (wording) => (describe = wording.describeCoupon),
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

/** For a screen whose cards no server has worded (the staff console): the code is in its own bundle. */
export function provideCardWording(code: Describe): void {
  describe = code;
  loading = Promise.resolve(code);
}

/** What the server said on the page's first screen, for the coupons the page hydrates with. */
export interface ServerTexts {
  byId: ReadonlyMap<string, CouponTexts>;
  /** The very objects the server worded: a refetched coupon is a new object, and may say something else. */
  worded: WeakSet<Coupon>;
  wordedFor: WordedFor | null;
}

/**
 * Per page, not per module: the server renders many shoppers' pages with the same modules, and its HTML
 * must hold this request's cards as worded, not placeholders.
 */
export const ServerTextsContext = createContext<ServerTexts>({
  byId: new Map(),
  worded: new WeakSet(),
  wordedFor: null,
});

/** The server's texts (firstPaintTexts) for `coupons`, the wallet the page renders with. */
export function serverTexts(
  texts: Record<string, CouponTexts>,
  wordedFor: WordedFor,
  coupons: readonly Coupon[],
): ServerTexts {
  const byId = new Map<string, CouponTexts>();
  const worded = new WeakSet<Coupon>();
  for (const coupon of coupons) {
    const said = texts[coupon.id];
    if (!said) continue;
    byId.set(coupon.id, said);
    worded.add(coupon);
  }
  return { byId, worded, wordedFor };
}

function sameMoment(wordedFor: WordedFor | null, display: DisplaySettings, now: number): boolean {
  return (
    wordedFor !== null &&
    wordedFor.now === now &&
    wordedFor.timeZone === display.timeZone &&
    wordedFor.locale === display.locale &&
    wordedFor.currency === display.currency
  );
}

/** The server's texts for this card, and whether they still hold for this moment and these settings. */
export function seededTexts(
  server: ServerTexts,
  coupon: Coupon,
  display: DisplaySettings,
  now: number,
): { texts: CouponTexts; current: boolean } | null {
  const texts = server.byId.get(coupon.id);
  if (!texts) return null;
  return { texts, current: server.worded.has(coupon) && sameMoment(server.wordedFor, display, now) };
}

/** How long cards wait to ask again for code that failed to load, unless the browser is back online first. */
const WORDING_RETRY_MS = 10_000;

/**
 * The card's texts: the server's while they still hold, otherwise worded here. Until the wording code is
 * here, a card the server worded keeps its texts (a minute old, say) and any other card gets null (it
 * shows a placeholder); both re-render once it loads. A load that fails (offline, and no service worker
 * holds the code yet) is tried again when the browser is back online, or every 10 s. The lists wait for
 * the code before they switch tab or page (loadCardWording), so a shopper rarely sees a placeholder.
 *
 * No suspending: a Suspense boundary around the list would make React stream the server's cards after a
 * "Loading" placeholder (it outlines large boundaries), which the browser paints first.
 */
export function useCouponTexts(
  coupon: Coupon,
  display: DisplaySettings & Wording,
  now: number,
): CouponTexts | null {
  const seeded = seededTexts(useContext(ServerTextsContext), coupon, display, now);
  const waiting = !seeded?.current && describe === null;
  const [, loaded] = useReducer((n: number) => n + 1, 0);
  useEffect(() => {
    if (!waiting) return;
    // Every waiting card asks again, but together they make one request: they share one load.
    let retry = 0;
    const load = (): void =>
      void loadCardWording().then(loaded, () => {
        retry = window.setTimeout(load, WORDING_RETRY_MS);
      });
    load();
    addEventListener("online", load);
    return () => {
      clearTimeout(retry);
      removeEventListener("online", load);
    };
  }, [waiting]);

  if (seeded && (seeded.current || waiting)) return seeded.texts;
  return describe ? describe(coupon, display, now) : null;
}
