"use client";

import { formatAsOf, formatTimeOfDay } from "@/lib/shared/coupons";
import type { DisplaySettings } from "@/lib/shared/display-types";

/** Where a copy that is not a fresh answer came from: the server's last good copy, or this device's. */
export type SavedCopy = "server" | "device" | null;

interface Props {
  fetchedAt: string | null;
  savedCopy: SavedCopy;
  error: string | null;
  refreshing: boolean;
  offline: boolean;
  onRetry: () => void;
  display: DisplaySettings;
}

const asOf = (iso: string, display: DisplaySettings) => formatAsOf(iso, Date.now(), display);

/**
 * Says how fresh the coupons are. Every copy that is not a fresh answer from Capillary is marked as saved,
 * with its time and a retry: offline, the server's last good copy, or this device's copy while the server
 * has not confirmed it (or is failing). The coupons themselves stay on screen: they still work at the till.
 */
export function WalletStatusBanner({
  fetchedAt,
  savedCopy,
  error,
  refreshing,
  offline,
  onRetry,
  display,
}: Props) {
  if (offline) {
    return (
      <p role="status" className="border-line-strong bg-surface-muted text-ink mt-4 rounded-lg border p-3">
        <strong>You&apos;re offline.</strong>{" "}
        {fetchedAt
          ? `Showing the coupons saved on this device, as of ${asOf(fetchedAt, display)}. Codes and barcodes still work at the till.`
          : "Connect to the internet to load your coupons."}
      </p>
    );
  }
  if (fetchedAt && (savedCopy || error)) {
    const what = savedCopy === "device" ? "coupons saved on this device" : "saved coupons";
    const why = error
      ? " We can't reach the coupon service right now."
      : savedCopy === "server"
        ? " The coupon service isn't answering right now."
        : refreshing
          ? " Checking for changes…"
          : "";
    // An alert only when a refresh failed; a saved copy still answering the shopper is a status.
    return (
      <RetryBanner
        role={error ? "alert" : "status"}
        tone={error ? "warning" : "calm"}
        refreshing={refreshing}
        onRetry={onRetry}
      >
        <strong>
          Showing {what}, as of {asOf(fetchedAt, display)}.
        </strong>
        {why}
      </RetryBanner>
    );
  }
  if (error) {
    return (
      <RetryBanner role="alert" tone="warning" refreshing={refreshing} onRetry={onRetry}>
        <strong>Can&apos;t load your coupons.</strong> {error}
      </RetryBanner>
    );
  }
  return (
    <p className="text-ink-muted mt-1 text-sm" aria-live="polite">
      {refreshing ? "Updating…" : fetchedAt ? `Updated at ${formatTimeOfDay(fetchedAt, display)}` : ""}
    </p>
  );
}

const TONES = {
  calm: { box: "border-line-strong bg-page text-ink", button: "bg-slate-800" },
  warning: { box: "border-warn-line bg-warn-soft text-warn", button: "bg-amber-900" },
} as const;

function RetryBanner({
  role,
  tone,
  refreshing,
  onRetry,
  children,
}: {
  role: "status" | "alert";
  tone: keyof typeof TONES;
  refreshing: boolean;
  onRetry: () => void;
  children: React.ReactNode;
}) {
  return (
    <div
      role={role}
      className={`mt-4 flex flex-wrap items-center gap-3 rounded-lg border p-3 ${TONES[tone].box}`}
    >
      <p className="flex-1">{children}</p>
      <button
        type="button"
        onClick={onRetry}
        disabled={refreshing}
        className={`min-h-11 rounded-lg px-4 font-semibold text-white disabled:opacity-60 ${TONES[tone].button}`}
      >
        {refreshing ? "Retrying…" : "Retry"}
      </button>
    </div>
  );
}
