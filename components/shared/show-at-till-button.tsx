"use client";

import { useTranslations } from "@/components/shared/words-client";
import { lazy, Suspense, useState } from "react";
import type { Coupon } from "@/lib/capillary";

// The barcode encoders load only when a shopper actually opens the till view (never on the server: it
// renders only once pressed). React's own lazy, not next/dynamic: next/dynamic's loader would cost the
// wallet's first load about a kilobyte for nothing React cannot do.
const TillView = lazy(() => import("./till-view").then((m) => ({ default: m.TillView })));

export function ShowAtTillButton({ coupon, valueText }: { coupon: Coupon; valueText: string }) {
  const t = useTranslations("coupon.till");
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        onClick={() => setOpen(true)}
        aria-label={t("showLabel", { title: coupon.title })}
        className="bg-brand hover:bg-brand-dark focus-visible:outline-brand-ink mt-3 min-h-12 w-full rounded-lg px-4 text-lg font-semibold text-white focus-visible:outline-3 focus-visible:outline-offset-2"
      >
        {t("show")}
      </button>
      {open && (
        <Suspense fallback={null}>
          <TillView coupon={coupon} valueText={valueText} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
