"use client";

import { memo, type ComponentType } from "react";
import type { Coupon } from "@/lib/capillary";
import { describeCoupon, statusLabel, type CouponStatus } from "@/lib/shared/coupons";
import type { DisplaySettings } from "@/lib/shared/display-types";
import { useCodeDisplay } from "./code-display";
import { CouponCode } from "./coupon-code";
import { CouponTerms } from "./coupon-terms";
import { RedemptionHistory } from "./redemption-history";
import { ShowAtTillButton } from "./show-at-till-button";

// Colour backs up the words, never replaces them: each badge says its status and has its own icon.
const BADGE: Record<CouponStatus, { className: string; icon: string }> = {
  active: { className: "bg-green-100 text-green-900 border-green-700", icon: "✓" },
  expiring: { className: "bg-amber-100 text-amber-950 border-amber-700", icon: "!" },
  not_yet_active: { className: "bg-sky-100 text-sky-950 border-sky-700", icon: "»" },
  used: { className: "bg-slate-200 text-slate-900 border-slate-600", icon: "●" },
  expired: { className: "bg-red-100 text-red-900 border-red-700", icon: "✕" },
};

/** What a screen adds to each card (the wallet's shopper-only buttons); a stable component, not a closure. */
export type CouponActions = ComponentType<{ coupon: Coupon; status: CouponStatus }>;

/** Memoised: a wallet re-renders on refreshes and status changes, most cards stay as they are. */
export const CouponCard = memo(function CouponCard({
  coupon,
  display,
  now,
  Actions,
}: {
  coupon: Coupon;
  display: DisplaySettings;
  now: number;
  Actions?: CouponActions | undefined;
}) {
  const codeDisplay = useCodeDisplay();
  const texts = describeCoupon(coupon, display, now);
  const { status, value, expiry, conditions, redeemedAt } = texts;
  const titleId = `coupon-${coupon.id}-title`;
  // A coupon Capillary will not redeem yet keeps its code on the card, but no "Show at till": the till
  // would refuse it today.
  const usable = status === "active" || status === "expiring";
  const badge = BADGE[status];

  return (
    <article aria-labelledby={titleId} className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
      <div className="flex items-start justify-between gap-3">
        <p className="text-2xl font-bold text-slate-950">{value}</p>
        <span
          className={`inline-flex shrink-0 items-center gap-1 rounded-full border px-2.5 py-0.5 text-sm font-semibold ${badge.className}`}
        >
          <span aria-hidden="true">{badge.icon}</span>
          {statusLabel(status)}
        </span>
      </div>
      <h2 id={titleId} className="mt-1 text-lg font-semibold break-words text-slate-800">
        {coupon.title}
      </h2>
      <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-base">
        <dt className="text-slate-600">{status === "expired" ? "Expired" : "Expires"}</dt>
        <dd>
          <span className="font-medium">{expiry.absolute}</span>
          {expiry.relative !== expiry.absolute && (
            <span className="block text-slate-700">({expiry.relative})</span>
          )}
        </dd>
        {texts.usableFrom && (
          <>
            <dt className="text-slate-600">Usable from</dt>
            <dd className="font-medium">{texts.usableFrom}</dd>
          </>
        )}
        <dt className="text-slate-600">Uses</dt>
        <dd>{texts.uses}</dd>
        {texts.issuedAt && (
          <>
            <dt className="text-slate-600">Issued at</dt>
            <dd className="break-words">{texts.issuedAt}</dd>
          </>
        )}
      </dl>
      {codeDisplay ? codeDisplay.renderCode(coupon) : <CouponCode code={coupon.code} />}
      {conditions.length > 0 && (
        <ul aria-label="Conditions" className="mt-3 list-disc space-y-0.5 pl-5 text-slate-800">
          {conditions.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
      {texts.transfer && <p className="mt-2 text-slate-700">{texts.transfer}</p>}
      {coupon.redemptions.length > 0 && (
        <RedemptionHistory redemptions={coupon.redemptions} redeemedAt={redeemedAt} />
      )}
      <CouponTerms series={coupon.series} />
      {usable && !codeDisplay && <ShowAtTillButton coupon={coupon} valueText={value} />}
      {Actions && <Actions coupon={coupon} status={status} />}
    </article>
  );
});
