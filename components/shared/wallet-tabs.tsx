"use client";

import { memo, useDeferredValue, useMemo, useState } from "react";
import type { Coupon } from "@/lib/capillary";
import { groupWallet, searchCoupons } from "@/lib/shared/coupons";
import type { DisplaySettings } from "@/lib/shared/display-types";
import type { TabCounts } from "@/lib/shared/wallet/types";
import type { CouponActions } from "./coupon-card";
import { CouponList } from "./coupon-list";

type Tab = "active" | "used" | "expired";
const TABS: { id: Tab; label: string }[] = [
  { id: "active", label: "Active" },
  { id: "used", label: "Used" },
  { id: "expired", label: "Expired" },
];

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
  display: DisplaySettings;
  now: number;
  /** Buttons the screen adds to each card (the wallet's; the staff console adds none). */
  Actions?: CouponActions;
}) {
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
        <h2 className="text-xl font-semibold">No coupons yet</h2>
        <p className="text-ink-muted mt-2">
          When the brand sends you a coupon, it will appear here, ready for the till.
        </p>
      </section>
    );
  }

  function onTabKey(event: React.KeyboardEvent, index: number) {
    const step = event.key === "ArrowRight" ? 1 : event.key === "ArrowLeft" ? -1 : 0;
    if (!step) return;
    const next = TABS[(index + step + TABS.length) % TABS.length]!;
    setTab(next.id);
    document.getElementById(`tab-${next.id}`)?.focus();
  }

  return (
    <div className="mt-3">
      <label htmlFor="coupon-search" className="sr-only">
        Search coupons
      </label>
      <input
        id="coupon-search"
        type="search"
        placeholder="Search by code or name"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        className="focus-visible:outline-brand-ink border-line-strong bg-surface min-h-12 w-full rounded-lg border px-3 text-base focus-visible:outline-3"
      />
      <div
        role="tablist"
        aria-label="Coupons by status"
        className="bg-surface-strong mt-3 grid grid-cols-3 gap-1 rounded-lg p-1"
      >
        {TABS.map(({ id, label }, index) => (
          <button
            key={id}
            id={`tab-${id}`}
            type="button"
            role="tab"
            aria-selected={tab === id}
            aria-controls="coupon-panel"
            tabIndex={tab === id ? 0 : -1}
            onClick={() => setTab(id)}
            onKeyDown={(event) => onTabKey(event, index)}
            className={`focus-visible:outline-brand-ink min-h-11 rounded-md px-2 text-base font-semibold focus-visible:outline-3 ${
              tab === id
                ? "bg-surface text-ink underline decoration-2 underline-offset-4 shadow-sm"
                : "text-ink-muted"
            }`}
          >
            {label} <span className="tabular-nums">({countsKnown ? counts[id] : "…"})</span>
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
          emptyText={countsKnown ? emptyText(tab, query) : "Loading coupons…"}
          Actions={Actions}
        />
      </div>
    </div>
  );
});

function emptyText(tab: Tab, query: string): string {
  if (query.trim()) return `No ${tab} coupons match "${query.trim()}".`;
  return {
    active: "No active coupons right now.",
    used: "You haven't used any coupons yet.",
    expired: "No expired coupons.",
  }[tab];
}
