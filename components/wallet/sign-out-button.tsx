"use client";

import { signOut } from "next-auth/react";
import { forgetStoredWallets } from "@/lib/client/queries/wallet/persistence";

export function SignOutButton() {
  async function onSignOut() {
    // The wallet kept for offline use goes with the session: phones get shared and handed over.
    await forgetStoredWallets().catch(() => undefined);
    // So do expiry reminders to this device (the server forgets the session's devices too).
    const registration = await navigator.serviceWorker?.getRegistration("/").catch(() => undefined);
    await (await registration?.pushManager?.getSubscription())?.unsubscribe().catch(() => undefined);
    await signOut({ callbackUrl: "/signin" });
  }
  return (
    <button
      type="button"
      onClick={() => void onSignOut()}
      className="focus-visible:outline-brand min-h-11 rounded-lg border border-slate-300 bg-white px-4 font-semibold text-slate-800 hover:bg-slate-100 focus-visible:outline-3"
    >
      Sign out
    </button>
  );
}
