"use client";

import { ProblemPage } from "@/components/shared/problem-page";

/** A failure while showing the wallet: said plainly, with a retry (React re-renders the segment). */
export default function WalletError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <ProblemPage
      title="Your coupons didn't load"
      home={{ href: "/wallet", label: "Back to my coupons" }}
      onRetry={reset}
    >
      <p>Something went wrong on our side. Your coupons are safe: try again in a moment.</p>
    </ProblemPage>
  );
}
