"use client";

import { forgetStoredWallets } from "@/lib/client/queries/wallet/persistence";

export function SignOutButton() {
  async function onSignOut() {
    // The wallet kept for offline use goes with the session: phones get shared and handed over.
    await forgetStoredWallets().catch(() => undefined);
    // Loaded when asked for: next-auth's browser client is not part of the wallet's first load.
    const { signOut } = await import("next-auth/react");
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
