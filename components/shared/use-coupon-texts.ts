"use client";

// What each card says, without the code that words a card on the wallet's first load.
//
// The server words the opening tab's first page (firstPaintTexts) and the page hydrates with those texts.
// The wording code (describeCoupon: expiry, value, conditions, uses; about 2.5 kB gzip) is needed only when
// a card must be worded again in the browser: the minute turns, the zone differs, the data changes, or the
// shopper opens another tab, searches or asks for more. It loads then, or once the page has settled,
// whichever comes first; the service worker keeps it for offline use like every other script.

import { use, useEffect, useReducer } from "react";
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

/** Loads the wording code once; a failed load (offline, nothing cached) is tried again next time. */
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
}

// The server renders the cards with the code at hand, not a suspended list.
if (typeof window === "undefined") void loadCardWording();

const seeds = new Map<string, CouponTexts>();
/** The very objects the server worded: a refetched coupon is a new object, and may say something else. */
const worded = new WeakSet<Coupon>();
let seedsFor: WordedFor | null = null;

/**
 * Takes the server's texts for the coupons the page hydrates with. Browser only: on the server, seeds of
 * one request would answer another's.
 */
export function seedCouponTexts(
  texts: Record<string, CouponTexts>,
  wordedFor: WordedFor,
  coupons: readonly Coupon[],
): void {
  if (typeof window === "undefined") return;
  seedsFor = wordedFor;
  for (const coupon of coupons) {
    const said = texts[coupon.id];
    if (!said) continue;
    seeds.set(coupon.id, said);
    worded.add(coupon);
  }
}

function sameMoment(display: DisplaySettings, now: number): boolean {
  return (
    seedsFor !== null &&
    seedsFor.now === now &&
    seedsFor.timeZone === display.timeZone &&
    seedsFor.locale === display.locale &&
    seedsFor.currency === display.currency
  );
}

/** The server's texts for this card, and whether they still hold for this moment and these settings. */
export function seededTexts(
  coupon: Coupon,
  display: DisplaySettings,
  now: number,
): { texts: CouponTexts; current: boolean } | null {
  const texts = seeds.get(coupon.id);
  if (!texts) return null;
  return { texts, current: worded.has(coupon) && sameMoment(display, now) };
}

/**
 * The card's texts: the server's while they still hold, otherwise worded here. A card the server worded
 * keeps its texts (a minute old, say) for the moment the wording code takes to load, then re-renders; a
 * card it did not word suspends until the code is here (the lists switch tab and page in transitions, so
 * the shopper sees the old list until then, not a fallback).
 */
export function useCouponTexts(coupon: Coupon, display: DisplaySettings & Wording, now: number): CouponTexts {
  const seeded = seededTexts(coupon, display, now);
  const waiting = seeded !== null && !seeded.current && describe === null;
  const [, loaded] = useReducer((n: number) => n + 1, 0);
  useEffect(() => {
    if (!waiting) return;
    let mounted = true;
    loadCardWording().then(
      () => {
        if (mounted) loaded();
      },
      () => {},
    );
    return () => {
      mounted = false;
    };
  }, [waiting]);

  if (seeded && (seeded.current || waiting)) return seeded.texts;
  return (describe ?? use(loadCardWording()))(coupon, display, now);
}
