"use client";

import dynamic from "next/dynamic";
import { useState } from "react";
import type { Coupon } from "@/lib/capillary";

// The barcode encoders load only when a shopper actually opens the till view.
const TillView = dynamic(() => import("./till-view").then((m) => m.TillView), { ssr: false });

export function ShowAtTillButton({ coupon, valueText }: { coupon: Coupon; valueText: string }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        onClick={() => setOpen(true)}
        aria-label={`Show at till: ${coupon.title}`}
        className="bg-brand hover:bg-brand-dark focus-visible:outline-brand-ink mt-3 min-h-12 w-full rounded-lg px-4 text-lg font-semibold text-white focus-visible:outline-3 focus-visible:outline-offset-2"
      >
        Show at till
      </button>
      {open && <TillView coupon={coupon} valueText={valueText} onClose={() => setOpen(false)} />}
    </>
  );
}
