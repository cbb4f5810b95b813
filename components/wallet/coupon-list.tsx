"use client";

import { useState } from "react";
import type { Coupon } from "@/lib/capillary/types";
import type { DisplaySettings } from "@/lib/display-types";
import { CouponCard } from "./coupon-card";

const PAGE_SIZE = 20;

/** Renders a page at a time: a wallet of thousands stays a few dozen cards in the DOM. */
export function CouponList({
  coupons,
  display,
  now,
  emptyText,
}: {
  coupons: Coupon[];
  display: DisplaySettings;
  now: number;
  emptyText: string;
}) {
  const [shown, setShown] = useState(PAGE_SIZE);
  if (coupons.length === 0) return <p className="py-8 text-center text-slate-700">{emptyText}</p>;
  const remaining = coupons.length - shown;

  return (
    <>
      <ul className="flex flex-col gap-4">
        {coupons.slice(0, shown).map((coupon) => (
          <li key={coupon.id}>
            <CouponCard coupon={coupon} display={display} now={now} />
          </li>
        ))}
      </ul>
      {remaining > 0 && (
        <button
          type="button"
          onClick={() => setShown((n) => n + PAGE_SIZE)}
          className="focus-visible:outline-brand mt-4 min-h-12 w-full rounded-lg border border-slate-300 bg-white font-semibold hover:bg-slate-100 focus-visible:outline-3"
        >
          Show more coupons ({remaining} more)
        </button>
      )}
    </>
  );
}
