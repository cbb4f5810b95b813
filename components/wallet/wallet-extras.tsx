"use client";

import { useTranslations } from "@/components/shared/words-client";
import { RemindersOptIn } from "./reminders-opt-in";
import { useWalletFeatures } from "./wallet-features";

/** Below the coupons: every active coupon into a calendar at once (and, where configured, reminders). */
export function WalletExtras() {
  const t = useTranslations("wallet.extras");
  const { pushKey } = useWalletFeatures();
  return (
    <section aria-labelledby="wallet-extras" className="bg-surface mt-8 rounded-xl p-4 shadow-sm">
      <h2 id="wallet-extras" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <p className="text-ink-muted mt-1">{t("text")}</p>
      <a
        href="/api/wallet/calendar"
        download
        className="focus-visible:outline-brand-ink border-line-strong bg-surface hover:bg-surface-muted mt-3 inline-flex min-h-11 items-center rounded-lg border px-3 font-semibold focus-visible:outline-3"
      >
        {t("calendarAll")}
      </a>
      {pushKey && <RemindersOptIn publicKey={pushKey} />}
    </section>
  );
}
