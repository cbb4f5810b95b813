"use client";

import { useTranslations } from "@/components/shared/words-client";
import { forgetStoredWallets } from "@/lib/client/queries/wallet/persistence";

export function SignOutButton() {
  const t = useTranslations("wallet");
  async function onSignOut() {
    // The wallet kept for offline use goes with the session: phones get shared and handed over.
    await forgetStoredWallets().catch(() => undefined);
    // So do expiry reminders to this device (the server forgets the session's devices too).
    const registration = await navigator.serviceWorker?.getRegistration("/").catch(() => undefined);
    await (await registration?.pushManager?.getSubscription())?.unsubscribe().catch(() => undefined);
    // Loaded when asked for: next-auth's browser client is not part of the wallet's first load.
    const { signOut } = await import("next-auth/react");
    await signOut({ callbackUrl: "/signin" });
  }
  return (
    <button
      type="button"
      onClick={() => void onSignOut()}
      className="focus-visible:outline-brand-ink border-line bg-surface text-ink-soft hover:bg-surface-muted min-h-11 rounded-lg border px-4 font-semibold focus-visible:outline-3"
    >
      {t("signOut")}
    </button>
  );
}
