"use client";

import { useTranslations } from "@/components/shared/words-client";
import { lazy, Suspense, useState } from "react";

// Everything about push (permission, subscription, the API) loads only once a shopper asks (so never on
// the server). React's own lazy, as in coupon-actions.tsx: next/dynamic's loader costs the first load.
const RemindersPanel = lazy(() => import("./reminders-panel").then((m) => ({ default: m.RemindersPanel })));

function Loading() {
  const t = useTranslations("wallet.reminders");
  return <p className="text-ink-muted mt-3">{t("loading")}</p>;
}

export function RemindersOptIn({ publicKey }: { publicKey: string }) {
  const t = useTranslations("wallet.reminders");
  const [open, setOpen] = useState(false);
  if (open)
    return (
      <Suspense fallback={<Loading />}>
        <RemindersPanel publicKey={publicKey} />
      </Suspense>
    );
  return (
    <button
      type="button"
      onClick={() => setOpen(true)}
      className="bg-brand hover:bg-brand-dark focus-visible:outline-brand-ink mt-3 min-h-11 rounded-lg px-4 font-semibold text-white focus-visible:outline-3 focus-visible:outline-offset-2"
    >
      {t("optIn")}
    </button>
  );
}
