"use client";

import { useTranslations } from "@/components/shared/words-client";
import dynamic from "next/dynamic";
import { useState } from "react";
import type { Coupon } from "@/lib/capillary";
import type { CouponStatus } from "@/lib/shared/coupons";
import { useWalletFeatures } from "./wallet-features";

// The answer's code (its query and panel) loads only when a shopper first asks.
const UsableHerePanel = dynamic(() => import("./usable-here-panel").then((m) => m.UsableHerePanel), {
  ssr: false,
  loading: () => <Checking />,
});

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
      <div aria-live="polite">{asked && <UsableHerePanel couponId={coupon.id} />}</div>
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
