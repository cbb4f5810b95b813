"use client";

import { useTranslations } from "@/components/shared/words-client";
import { lazy, Suspense, useState } from "react";
import type { Coupon } from "@/lib/capillary";
import type { CouponStatus } from "@/lib/shared/coupons";
import { useWalletFeatures } from "./wallet-features";

// The answer's code (its query and panel) loads only when a shopper first asks (never on the server: it
// renders only once asked). React's own lazy, not next/dynamic: next/dynamic's loader (its preload and
// client-bailout modules) cost the wallet's first load about 2 kB gzip for nothing React cannot do.
const UsableHerePanel = lazy(() =>
  import("./usable-here-panel").then((m) => ({ default: m.UsableHerePanel })),
);

const LINK =
  "focus-visible:outline-brand-ink inline-flex min-h-11 items-center rounded-lg border border-line-strong bg-surface px-3 font-semibold hover:bg-surface-muted focus-visible:outline-3";

function Checking() {
  const t = useTranslations("wallet.actions");
  return <p className="text-ink-muted mt-2">{t("checking")}</p>;
}

/** The shopper's own buttons on a coupon that is, or will be, usable: ask, add to a calendar or a wallet app. */
export function CouponActions({ coupon, status }: { coupon: Coupon; status: CouponStatus }) {
  const t = useTranslations("wallet.actions");
  const { applePass, googlePass } = useWalletFeatures();
  const [asked, setAsked] = useState(false);
  if (status === "used" || status === "expired") return null;
  const base = `/api/wallet/coupons/${encodeURIComponent(coupon.id)}`;

  return (
    <div className="mt-3">
      <button
        type="button"
        aria-expanded={asked}
        onClick={() => setAsked((was) => !was)}
        className={`${LINK} w-full justify-center`}
      >
        {t("canIUse")}
      </button>
      <div aria-live="polite">
        {asked && (
          <Suspense fallback={<Checking />}>
            <UsableHerePanel couponId={coupon.id} />
          </Suspense>
        )}
      </div>
      <div className="mt-2 flex flex-wrap gap-2">
        <a href={`${base}/calendar`} download className={LINK}>
          {t("calendar")}
        </a>
        {applePass && (
          <a href={`${base}/apple-pass`} className={LINK}>
            {t("appleWallet")}
          </a>
        )}
        {googlePass && (
          <a href={`${base}/google-pass`} className={LINK}>
            {t("googleWallet")}
          </a>
        )}
      </div>
    </div>
  );
}
