"use client";

import { useTranslations } from "@/components/shared/words-client";
import { formatAsOf, formatTimeOfDay } from "@/lib/shared/coupons";
import type { DisplaySettings } from "@/lib/shared/display-types";
import type { Wording } from "@/lib/shared/i18n/translate";

/** Where a copy that is not a fresh answer came from: the server's last good copy, or this device's. */
export type SavedCopy = "server" | "device" | null;

interface Props {
  fetchedAt: string | null;
  savedCopy: SavedCopy;
  error: string | null;
  refreshing: boolean;
  offline: boolean;
  onRetry: () => void;
  display: DisplaySettings & Wording;
}

const asOf = (iso: string, display: DisplaySettings & Wording) => formatAsOf(iso, Date.now(), display);

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
  const t = useTranslations("wallet.banner");
  if (offline) {
    return (
      <p role="status" className="border-line-strong bg-surface-muted text-ink mt-4 rounded-lg border p-3">
        <strong>{t("offline")}</strong>{" "}
        {fetchedAt ? t("offlineSaved", { asOf: asOf(fetchedAt, display) }) : t("offlineEmpty")}
      </p>
    );
  }
  if (fetchedAt && (savedCopy || error)) {
    const why = error
      ? t("unreachable")
      : savedCopy === "server"
        ? t("notAnswering")
        : refreshing
          ? t("checking")
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
          {t(savedCopy === "device" ? "showingDevice" : "showingSaved", { asOf: asOf(fetchedAt, display) })}
        </strong>
        {why && ` ${why}`}
      </RetryBanner>
    );
  }
  if (error) {
    return (
      <RetryBanner role="alert" tone="warning" refreshing={refreshing} onRetry={onRetry}>
        <strong>{t("cantLoad")}</strong> {error}
      </RetryBanner>
    );
  }
  return (
    <p className="text-ink-muted mt-1 text-sm" aria-live="polite">
      {refreshing
        ? t("updating")
        : fetchedAt
          ? t("updatedAt", { time: formatTimeOfDay(fetchedAt, display) })
          : ""}
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
  const t = useTranslations("wallet.banner");
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
        {refreshing ? t("retrying") : t("retry")}
      </button>
    </div>
  );
}
