"use client";

import { useTranslations } from "@/components/shared/words-client";
import { memo, startTransition, useDeferredValue, useMemo, useState } from "react";
import type { Coupon } from "@/lib/capillary";
import { groupWallet, searchCoupons } from "@/lib/shared/coupons";
import type { DisplaySettings } from "@/lib/shared/display-types";
import type { Translate, Wording } from "@/lib/shared/i18n/translate";
import type { TabCounts } from "@/lib/shared/wallet/types";
import type { CouponActions } from "./coupon-card";
import { CouponList } from "./coupon-list";
import { loadCardWording } from "./use-coupon-texts";

type Tab = "active" | "used" | "expired";
const TABS: Tab[] = ["active", "used", "expired"];

export const WalletTabs = memo(function WalletTabs({
  coupons,
  wholeWalletCounts,
  restPending = false,
  display,
  now,
  Actions,
}: {
  coupons: Coupon[];
  /** Set while `coupons` is only each tab's first page of a bigger wallet whose rest is on its way. */
  wholeWalletCounts?: TabCounts;
  /** `coupons` is part of a bigger wallet whose counts are not known yet: the rest is on its way. */
  restPending?: boolean;
  display: DisplaySettings & Wording;
  now: number;
  /** Buttons the screen adds to each card (the wallet's; the staff console adds none). */
  Actions?: CouponActions;
}) {
  const t = useTranslations("coupon.tabs");
  const [tab, setTab] = useState<Tab>("active");
  const [query, setQuery] = useState("");
  const deferredQuery = useDeferredValue(query);
  const matching = useMemo(() => searchCoupons(coupons, deferredQuery), [coupons, deferredQuery]);
  const view = useMemo(() => groupWallet(matching, now), [matching, now]);
  // A search runs over the coupons at hand; the tab counts are the whole wallet's until one is typed.
  const searching = deferredQuery.trim() !== "";
  const counts = wholeWalletCounts && !searching ? wholeWalletCounts : view.counts;
  // Counts of a wallet still arriving by pages are not shown until they are known.
  const countsKnown = Boolean(wholeWalletCounts) || !restPending || searching;

  if (coupons.length === 0 && !restPending) {
    return (
      <section className="bg-surface mt-10 rounded-xl p-6 text-center shadow-sm">
        <h2 className="text-xl font-semibold">{t("emptyTitle")}</h2>
        <p className="text-ink-muted mt-2">{t("emptyText")}</p>
      </section>
    );
  }

  // Once the code that words the new tab's cards is here (use-coupon-texts.ts): the old list stays on
  // screen for the moment it loads, rather than placeholders.
  const showTab = (next: Tab) => {
    const show = () => startTransition(() => setTab(next));
    loadCardWording().then(show, show);
  };
  // A hand on the tabs or the search box: what they will show needs the wording code.
  const prepare = () => void loadCardWording().catch(() => {});

  function onTabKey(event: React.KeyboardEvent, index: number) {
    // The arrow that points to the next tab: right in English, left in Arabic (tabs run right to left).
    const forward = document.dir === "rtl" ? "ArrowLeft" : "ArrowRight";
    const back = document.dir === "rtl" ? "ArrowRight" : "ArrowLeft";
    const step = event.key === forward ? 1 : event.key === back ? -1 : 0;
    if (!step) return;
    const next = TABS[(index + step + TABS.length) % TABS.length]!;
    showTab(next);
    document.getElementById(`tab-${next}`)?.focus();
  }

  return (
    <div className="mt-3">
      <label htmlFor="coupon-search" className="sr-only">
        {t("searchLabel")}
      </label>
      <input
        id="coupon-search"
        type="search"
        placeholder={t("searchPlaceholder")}
        onFocus={prepare}
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        className="focus-visible:outline-brand-ink border-line-strong bg-surface min-h-12 w-full rounded-lg border px-3 text-base focus-visible:outline-3"
      />
      <div
        role="tablist"
        aria-label={t("byStatus")}
        className="bg-surface-strong mt-3 grid grid-cols-3 gap-1 rounded-lg p-1"
      >
        {TABS.map((id, index) => (
          <button
            key={id}
            id={`tab-${id}`}
            type="button"
            role="tab"
            aria-selected={tab === id}
            aria-controls="coupon-panel"
            tabIndex={tab === id ? 0 : -1}
            onClick={() => showTab(id)}
            onPointerDown={prepare}
            onFocus={prepare}
            onKeyDown={(event) => onTabKey(event, index)}
            className={`focus-visible:outline-brand-ink min-h-11 rounded-md px-2 text-base font-semibold focus-visible:outline-3 ${
              tab === id
                ? "bg-surface text-ink underline decoration-2 underline-offset-4 shadow-sm"
                : "text-ink-muted"
            }`}
          >
            {t(id)} <span className="tabular-nums">({countsKnown ? counts[id] : "…"})</span>
          </button>
        ))}
      </div>
      <div id="coupon-panel" role="tabpanel" aria-labelledby={`tab-${tab}`} className="mt-4">
        <CouponList
          key={`${tab}:${deferredQuery}`}
          coupons={view[tab]}
          total={countsKnown ? counts[tab] : view[tab].length + 1}
          display={display}
          now={now}
          emptyText={countsKnown ? emptyText(tab, query, t as unknown as Translate) : t("loading")}
          Actions={Actions}
        />
      </div>
    </div>
  );
});

function emptyText(tab: Tab, query: string, t: Translate): string {
  if (query.trim()) return t("noMatch", { tab, query: query.trim() });
  return t(`empty.${tab}`);
}
