"use client";

import type { DisplaySettings } from "@/lib/display-types";

interface Props {
  fetchedAt: string | null;
  error: string | null;
  refreshing: boolean;
  onRetry: () => void;
  display: DisplaySettings;
}

function clockTime(iso: string, display: DisplaySettings): string {
  return new Intl.DateTimeFormat(display.locale, {
    timeZone: display.timeZone,
    hour: "numeric",
    minute: "2-digit",
  })
    .format(new Date(iso))
    .replace(/\u202f/g, " ");
}

/** Says how fresh the coupons are, and when Capillary can't be reached, says so without hiding them. */
export function WalletStatusBanner({ fetchedAt, error, refreshing, onRetry, display }: Props) {
  if (error) {
    return (
      <div
        role="alert"
        className="mt-4 flex flex-wrap items-center gap-3 rounded-lg border border-amber-500 bg-amber-50 p-3 text-amber-950"
      >
        <p className="flex-1">
          <strong>Can&apos;t reach the coupon service.</strong>{" "}
          {fetchedAt ? `Showing coupons as of ${clockTime(fetchedAt, display)}.` : error}
        </p>
        <button
          type="button"
          onClick={onRetry}
          disabled={refreshing}
          className="min-h-11 rounded-lg bg-amber-900 px-4 font-semibold text-white disabled:opacity-60"
        >
          {refreshing ? "Retrying…" : "Retry"}
        </button>
      </div>
    );
  }
  return (
    <p className="mt-1 text-sm text-slate-600" aria-live="polite">
      {refreshing ? "Updating…" : fetchedAt ? `Updated at ${clockTime(fetchedAt, display)}` : ""}
    </p>
  );
}
