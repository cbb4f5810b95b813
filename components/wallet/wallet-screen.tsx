"use client";

import { useProblemText } from "@/components/shared/problem-text";
import { useTranslations } from "@/components/shared/words-client";
import { useEffect, useState } from "react";
import { seedFormatting } from "@/lib/shared/coupons/intl";
import type { FirstPaintTexts } from "@/lib/shared/wallet/types";
import { loadCardWording, serverTexts, ServerTextsContext } from "@/components/shared/use-coupon-texts";
import type { DisplaySettings } from "@/lib/shared/display-types";
import { useWallet } from "@/lib/client/queries/wallet/use-wallet";
import { isSignedOut } from "@/lib/client/fetch-json";
import { SignOutButton } from "./sign-out-button";
import { afterLoad, useDisplay } from "@/components/shared/use-display";
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
  firstPaint,
  brand,
  schemeSwitch,
  languageSwitch,
  features,
}: {
  display: DisplaySettings;
  /** What this deployment offers beyond the wallet (passes, reminders), from its configuration. */
  features: WalletFeatures;
  renderedAt: number;
  /** What the server said on the first screen (firstPaintTexts): hydration words no card, builds no formatter. */
  firstPaint: FirstPaintTexts;
  /** Rendered on the server: the brand's name and logo, and the light/dark switch (a plain form). */
  brand: React.ReactNode;
  schemeSwitch: React.ReactNode;
  /** Also a plain form, rendered on the server. */
  languageSwitch: React.ReactNode;
}) {
  const wallet = useWallet();
  // Before any card renders (the cards are this component's children), with the coupons they describe.
  useState(() => seedFormatting(firstPaint.calls));
  const [said] = useState(() =>
    serverTexts(firstPaint.cards, { now: renderedAt, ...serverDisplay }, wallet.data?.coupons ?? []),
  );
  // Once the page has settled, so that the first tap on a tab or the next minute doesn't wait for it.
  useEffect(() => afterLoad(() => void loadCardWording().catch(() => {}), 5_000), []);
  const t = useTranslations("wallet");
  const problemText = useProblemText();
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
    <ServerTextsContext value={said}>
      <WalletFeaturesProvider value={features}>
        <main className="mx-auto max-w-2xl px-4 pt-4 pb-16">
          <header className="flex flex-wrap items-end justify-between gap-3">
            <div>
              {brand}
              <h1 className="text-2xl font-bold sm:text-3xl">{t("title")}</h1>
            </div>
            {/* A row of its own at every width from the first paint: the browser may paint the header before
                its last controls arrive, which would then move the first ones (pushed off the title's row on a
                phone, or along it wherever they were aligned to its end): a layout shift. */}
            <div className="flex w-full flex-wrap items-center gap-2">
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
            error={
              wallet.error && !signedOut ? problemText(wallet.error, "problem.request.walletLoad") : null
            }
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
    </ServerTextsContext>
  );
}
