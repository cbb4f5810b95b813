"use client";

import { useState, useSyncExternalStore } from "react";
import type { Coupon } from "@/lib/capillary";
import type { DisplaySettings } from "@/lib/shared/display-types";
import { WALLET_PAGE_SIZE as PAGE_SIZE } from "@/lib/shared/wallet/first-pages";
import { CouponCard } from "./coupon-card";

/**
 * Cards in the server's HTML: about two phone screens' worth. The rest of the first page renders as soon as
 * the page is interactive, below the fold, so the document a shopper waits for (and the style and layout
 * work before the first paint) stays small.
 */
const FIRST_PAINT_CARDS = 6;
const noSubscription = () => () => {};

/** Renders a page at a time: a wallet of thousands stays a few dozen cards in the DOM. */
export function CouponList({
  coupons,
  total = coupons.length,
  display,
  now,
  emptyText,
}: {
  coupons: Coupon[];
  /** Coupons in this list in the whole wallet, when `coupons` is only its first page so far. */
  total?: number;
  display: DisplaySettings;
  now: number;
  emptyText: string;
}) {
  const [shown, setShown] = useState(PAGE_SIZE);
  // False in the server render and while hydrating it, true from then on (and in any later render).
  const interactive = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const rendered = interactive ? shown : Math.min(shown, FIRST_PAINT_CARDS);
  if (coupons.length === 0) return <p className="py-8 text-center text-slate-700">{emptyText}</p>;
  const remaining = Math.max(coupons.length, total) - shown;
  // The next page is not here yet: the rest of a big wallet is still on its way.
  const waiting = shown >= coupons.length;

  return (
    <>
      <ul className="flex flex-col gap-4">
        {coupons.slice(0, rendered).map((coupon) => (
          <li key={coupon.id}>
            <CouponCard coupon={coupon} display={display} now={now} />
          </li>
        ))}
      </ul>
      {remaining > 0 && (
        <button
          type="button"
          disabled={waiting}
          onClick={() => setShown((n) => n + PAGE_SIZE)}
          className="focus-visible:outline-brand mt-4 min-h-12 w-full rounded-lg border border-slate-300 bg-white font-semibold hover:bg-slate-100 focus-visible:outline-3 disabled:text-slate-700"
        >
          {waiting ? "Loading more coupons…" : `Show more coupons (${remaining} more)`}
        </button>
      )}
    </>
  );
}
