"use client";

import { memo, type ComponentType } from "react";
import type { Coupon } from "@/lib/capillary";
import { statusLabel, type CouponStatus } from "@/lib/shared/coupons/coupon-status";
import type { DisplaySettings } from "@/lib/shared/display-types";
import type { Wording } from "@/lib/shared/i18n/translate";
import { useTranslations } from "@/components/shared/words-client";
import { useCodeDisplay } from "./code-display";
import { CouponCode } from "./coupon-code";
import { CouponTerms } from "./coupon-terms";
import { RedemptionHistory } from "./redemption-history";
import { ShowAtTillButton } from "./show-at-till-button";
import { useCouponTexts } from "./use-coupon-texts";

// Colour backs up the words, never replaces them: each badge says its status and has its own icon.
const BADGE: Record<CouponStatus, { className: string; icon: string }> = {
  active: { className: "bg-good-soft text-good border-good-line", icon: "✓" },
  expiring: { className: "bg-warn-soft text-warn border-warn-line", icon: "!" },
  not_yet_active: { className: "bg-info-soft text-info border-info-line", icon: "»" },
  used: { className: "bg-surface-strong text-ink border-line-strong", icon: "●" },
  expired: { className: "bg-bad-soft text-bad border-bad-line", icon: "✕" },
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
  /** With the words: the seeded translator from useDisplay, so hydration repeats the server's texts. */
  display: DisplaySettings & Wording;
  now: number;
  Actions?: CouponActions | undefined;
}) {
  const codeDisplay = useCodeDisplay();
  const t = useTranslations("coupon.card");
  const texts = useCouponTexts(coupon, display, now);
  const titleId = `coupon-${coupon.id}-title`;
  if (!texts) return <CardPlaceholder title={coupon.title} titleId={titleId} />;
  const { status, value, expiry, conditions, redeemedAt } = texts;
  // A coupon Capillary will not redeem yet keeps its code on the card, but no "Show at till": the till
  // would refuse it today.
  const usable = status === "active" || status === "expiring";
  const badge = BADGE[status];

  return (
    <article
      aria-labelledby={titleId}
      className="border-line-soft bg-surface rounded-xl border p-4 shadow-sm"
    >
      <div className="flex items-start justify-between gap-3">
        <p className="text-ink text-2xl font-bold">{value}</p>
        <span
          className={`inline-flex shrink-0 items-center gap-1 rounded-full border px-2.5 py-0.5 text-sm font-semibold ${badge.className}`}
        >
          <span aria-hidden="true">{badge.icon}</span>
          {statusLabel(status, display.t)}
        </span>
      </div>
      {/* The brand's own words, in whatever language it wrote them. */}
      <h2 id={titleId} dir="auto" className="text-ink-soft mt-1 text-lg font-semibold break-words">
        {coupon.title}
      </h2>
      <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-base">
        <dt className="text-ink-muted">{status === "expired" ? t("expired") : t("expires")}</dt>
        <dd>
          <span className="font-medium">{expiry.absolute}</span>
          {expiry.relative !== expiry.absolute && (
            <span className="text-ink-muted block">{t("relative", { relative: expiry.relative })}</span>
          )}
        </dd>
        {texts.usableFrom && (
          <>
            <dt className="text-ink-muted">{t("usableFrom")}</dt>
            <dd className="font-medium">{texts.usableFrom}</dd>
          </>
        )}
        <dt className="text-ink-muted">{t("uses")}</dt>
        <dd>{texts.uses}</dd>
        {texts.issuedAt && (
          <>
            <dt className="text-ink-muted">{t("issuedAt")}</dt>
            <dd className="break-words">{texts.issuedAt}</dd>
          </>
        )}
      </dl>
      {codeDisplay ? codeDisplay.renderCode(coupon) : <CouponCode code={coupon.code} />}
      {conditions.length > 0 && (
        <ul aria-label={t("conditions")} className="text-ink-soft mt-3 list-disc space-y-0.5 ps-5">
          {conditions.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
      {texts.transfer && <p className="text-ink-muted mt-2">{texts.transfer}</p>}
      {coupon.redemptions.length > 0 && (
        <RedemptionHistory redemptions={coupon.redemptions} redeemedAt={redeemedAt} />
      )}
      <CouponTerms series={coupon.series} />
      {usable && !codeDisplay && <ShowAtTillButton coupon={coupon} valueText={value} />}
      {Actions && <Actions coupon={coupon} status={status} />}
    </article>
  );
});

/** The card for the moment the code that words it takes to load (use-coupon-texts.ts). */
function CardPlaceholder({ title, titleId }: { title: string; titleId: string }) {
  return (
    <article
      aria-labelledby={titleId}
      aria-busy="true"
      className="border-line-soft bg-surface rounded-xl border p-4 shadow-sm"
    >
      <h2 id={titleId} dir="auto" className="text-ink-soft text-lg font-semibold break-words">
        {title}
      </h2>
      <div className="bg-surface-muted mt-3 h-32 animate-pulse rounded-lg" />
    </article>
  );
}
