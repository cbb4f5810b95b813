"use client";

import { useTranslations } from "@/components/shared/words-client";
import { startTransition, useEffect, useState } from "react";
import type { Coupon } from "@/lib/capillary";
import type { DisplaySettings } from "@/lib/shared/display-types";
import type { Wording } from "@/lib/shared/i18n/translate";
import { FIRST_PAINT_CARDS, WALLET_PAGE_SIZE as PAGE_SIZE } from "@/lib/shared/wallet/first-pages";
import { CouponCard, type CouponActions } from "./coupon-card";
import { loadCardWording } from "./use-coupon-texts";

/** Set once the first list has hydrated: lists mounted later (another tab, a search) render whole at once. */
let hydrated = false;

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
  display: DisplaySettings & Wording;
  now: number;
  emptyText: string;
  Actions?: CouponActions | undefined;
}) {
  const t = useTranslations("coupon.tabs");
  const [shown, setShown] = useState(PAGE_SIZE);
  // False in the server render and while hydrating it; the rest of the page's cards then render as a
  // transition, in slices that leave the main thread free, not as one long task.
  const [interactive, setInteractive] = useState(hydrated);
  useEffect(() => {
    hydrated = true;
    startTransition(() => setInteractive(true));
  }, []);
  const rendered = interactive ? shown : Math.min(shown, FIRST_PAINT_CARDS);
  if (coupons.length === 0) return <p className="text-ink-muted py-8 text-center">{emptyText}</p>;
  const remaining = Math.max(coupons.length, total) - shown;
  // The next page is not here yet: the rest of a big wallet is still on its way.
  const waiting = shown >= coupons.length;

  return (
    <>
      <ul className="flex flex-col gap-4">
        {coupons.slice(0, rendered).map((coupon) => (
          <li key={coupon.id}>
            <CouponCard coupon={coupon} display={display} now={now} Actions={Actions} />
          </li>
        ))}
      </ul>
      {remaining > 0 && (
        <button
          type="button"
          disabled={waiting}
          onPointerDown={() => void loadCardWording().catch(() => {})}
          // Once the code that words the next page's cards is here (use-coupon-texts.ts).
          onClick={() => {
            const more = () => startTransition(() => setShown((n) => n + PAGE_SIZE));
            loadCardWording().then(more, more);
          }}
          className="focus-visible:outline-brand-ink border-line bg-surface hover:bg-surface-muted disabled:text-ink-muted mt-4 min-h-12 w-full rounded-lg border font-semibold focus-visible:outline-3"
        >
          {waiting ? t("loadingMore") : t("showMore", { remaining })}
        </button>
      )}
    </>
  );
}
