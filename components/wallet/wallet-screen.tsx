"use client";

import { useProblemText } from "@/components/shared/problem-text";
import { useTranslations } from "@/components/shared/words-client";
import { useEffect, useState } from "react";
import { seedFormatting } from "@/lib/shared/coupons";
import type { DisplaySettings } from "@/lib/shared/display-types";
import { useWallet } from "@/lib/client/queries/wallet/use-wallet";
import { isSignedOut } from "@/lib/client/fetch-json";
import { SignOutButton } from "./sign-out-button";
import { useDisplay } from "@/components/shared/use-display";
import { useOnline } from "./use-online";
import { WalletStatusBanner, type SavedCopy } from "./wallet-status-banner";
import { WalletTabs } from "@/components/shared/wallet-tabs";
import { WalletSkeleton } from "./wallet-skeleton";
import type { WalletFeatures } from "@/lib/shared/wallet/features";
import { CouponActions } from "./coupon-actions";
import { WalletExtras } from "./wallet-extras";
import { WalletFeaturesProvider } from "./wallet-features";

export function WalletScreen({
  display: serverDisplay,
  renderedAt,
  formatted,
  brand,
  schemeSwitch,
  languageSwitch,
  features,
}: {
  display: DisplaySettings;
  /** What this deployment offers beyond the wallet (passes, reminders), from its configuration. */
  features: WalletFeatures;
  renderedAt: number;
  /** The first paint's formatted texts, by call (firstPaintFormatting): hydration builds no formatter. */
  formatted: Record<string, unknown>;
  /** Rendered on the server: the brand's name and logo, and the light/dark switch (a plain form). */
  brand: React.ReactNode;
  schemeSwitch: React.ReactNode;
  /** Also a plain form, rendered on the server. */
  languageSwitch: React.ReactNode;
}) {
  // Before any card renders: the cards are this component's children.
  useState(() => seedFormatting(formatted));
  const t = useTranslations("wallet");
  const problemText = useProblemText();
  const wallet = useWallet();
  const { display, now } = useDisplay(serverDisplay, renderedAt);
  const online = useOnline();
  const signedOut = isSignedOut(wallet.error);

  useEffect(() => {
    // A full page load to the sign-in page: the wallet's first load carries no client router API.
    if (signedOut) window.location.replace("/signin?callbackUrl=%2Fwallet&reason=expired");
  }, [signedOut]);

  const savedCopy: SavedCopy = wallet.data?.stale ? "server" : wallet.data?.savedOnDevice ? "device" : null;

  if (!wallet.data && wallet.isPending) return <WalletSkeleton />;

  return (
    <WalletFeaturesProvider value={features}>
      <main className="mx-auto max-w-2xl px-4 pt-4 pb-16">
        <header className="flex flex-wrap items-end justify-between gap-3">
          <div>
            {brand}
            <h1 className="text-2xl font-bold sm:text-3xl">{t("title")}</h1>
          </div>
          <div className="flex flex-wrap items-center gap-2">
            {languageSwitch}
            {schemeSwitch}
            {/* A plain link: the page is rarely opened, and next/link would cost the wallet's bundle. */}
            {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
            <a
              href="/wallet/activity"
              className="focus-visible:outline-brand-ink text-ink-soft flex min-h-11 items-center rounded-lg px-2 font-semibold underline underline-offset-4 focus-visible:outline-3"
            >
              {t("whoLooked")}
            </a>
            <SignOutButton />
          </div>
        </header>
        <WalletStatusBanner
          fetchedAt={wallet.data?.fetchedAt ?? null}
          savedCopy={savedCopy}
          error={wallet.error && !signedOut ? problemText(wallet.error, "problem.request.walletLoad") : null}
          refreshing={wallet.isFetching}
          offline={!online}
          onRetry={() => void wallet.refetch()}
          display={display}
        />
        {wallet.data && (
          <WalletTabs
            coupons={wallet.data.coupons}
            wholeWalletCounts={wallet.data.partial?.counts}
            restPending={Boolean(wallet.data.partial)}
            display={display}
            now={now}
            Actions={CouponActions}
          />
        )}
        {wallet.data && wallet.data.coupons.length > 0 && <WalletExtras />}
      </main>
    </WalletFeaturesProvider>
  );
}
