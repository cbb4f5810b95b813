"use client";

import { RemindersOptIn } from "./reminders-opt-in";
import { useWalletFeatures } from "./wallet-features";

/** Below the coupons: every active coupon into a calendar at once (and, where configured, reminders). */
export function WalletExtras() {
  const { pushKey } = useWalletFeatures();
  return (
    <section aria-labelledby="wallet-extras" className="mt-8 rounded-xl bg-white p-4 shadow-sm">
      <h2 id="wallet-extras" className="text-lg font-semibold">
        Don&apos;t miss an expiry
      </h2>
      <p className="mt-1 text-slate-700">
        Add your active coupons to your calendar, with a reminder two days before each expires and on the
        morning it does.
      </p>
      <a
        href="/api/wallet/calendar"
        download
        className="focus-visible:outline-brand mt-3 inline-flex min-h-11 items-center rounded-lg border border-slate-400 bg-white px-3 font-semibold hover:bg-slate-100 focus-visible:outline-3"
      >
        Add all active coupons to calendar
      </a>
      {pushKey && <RemindersOptIn publicKey={pushKey} />}
    </section>
  );
}
