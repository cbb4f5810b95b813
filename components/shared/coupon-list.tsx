"use client";

import { useState } from "react";
import type { Coupon } from "@/lib/capillary";
import type { DisplaySettings } from "@/lib/shared/display-types";
import { WALLET_PAGE_SIZE as PAGE_SIZE } from "@/lib/shared/wallet/first-pages";
import { CouponCard, type CouponActions } from "./coupon-card";

/** Renders a page at a time: a wallet of thousands stays a few dozen cards in the DOM. */
export function CouponList({
  coupons,
  total = coupons.length,
  display,
  now,
  emptyText,
  Actions,
}: {
  coupons: Coupon[];
  /** Coupons in this list in the whole wallet, when `coupons` is only its first page so far. */
  total?: number;
  display: DisplaySettings;
  now: number;
  emptyText: string;
  Actions?: CouponActions | undefined;
}) {
  const [shown, setShown] = useState(PAGE_SIZE);
  if (coupons.length === 0) return <p className="py-8 text-center text-slate-700">{emptyText}</p>;
  const remaining = Math.max(coupons.length, total) - shown;
  // The next page is not here yet: the rest of a big wallet is still on its way.
  const waiting = shown >= coupons.length;

  return (
    <>
      <ul className="flex flex-col gap-4">
        {coupons.slice(0, shown).map((coupon) => (
          <li key={coupon.id}>
            <CouponCard coupon={coupon} display={display} now={now} Actions={Actions} />
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
