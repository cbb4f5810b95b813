import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { after } from "next/server";
import { dehydrate } from "@tanstack/react-query";
import { getShopperSession } from "@/lib/server/auth/session";
import { getDisplaySettings } from "@/lib/server/display-settings";
import { getQueryClient } from "@/lib/client/query-client";
import { walletQueryOptions } from "@/lib/client/queries/wallet/wallet";
import { firstPagesOf } from "@/lib/shared/wallet/first-pages";
import { firstPaintTexts } from "@/lib/server/wallet/first-paint-texts";
import { getFirstPaintWallet, readAheadWholeWallet } from "@/lib/server/wallet/get-wallet";
import type { WalletData } from "@/lib/shared/wallet/types";
import { walletOwnerKey } from "@/lib/server/wallet/owner-key";
import { walletFeatures } from "@/lib/server/wallet/features";
import { WalletProviders } from "@/components/wallet/wallet-providers";
import { WalletScreen } from "@/components/wallet/wallet-screen";
import { BrandMark } from "@/components/shared/brand-mark";
import { shownLogo } from "@/lib/server/brand/logo";
import { ColorSchemeSwitch } from "@/components/shared/color-scheme-switch";
import { LanguageSwitch } from "@/components/shared/language-switch";
import { getWords } from "@/lib/server/i18n/words";
import { getColorScheme } from "@/lib/server/color-scheme";
import { getEnv } from "@/lib/server/env";

/** The moment this render happened; the browser hydrates with it so both sides agree on "now". */
function requestTime(): number {
  return Date.now();
}

/**
 * How long the page waits for Capillary before it sends the wallet's skeleton instead and lets the browser
 * fetch the coupons. The page has no loading.tsx: React holds a streamed boundary back for 300 ms after its
 * fallback paints, so a skeleton would delay every fast wallet (the usual case) to show it for a moment.
 */
const RENDER_WAIT_MS = 1_000;

/** The wallet if it arrives within RENDER_WAIT_MS; null when it fails or is slower. */
async function walletWithin(customerId: string): Promise<WalletData | null> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  // A wallet still under way keeps going: the browser's own request joins the same Capillary call.
  const wallet = getFirstPaintWallet(customerId).catch(() => null);
  const late = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), RENDER_WAIT_MS);
  });
  try {
    return await Promise.race([wallet, late]);
  } finally {
    clearTimeout(timer);
  }
}

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("wallet"))("title") };
}

export default async function WalletPage() {
  const session = await getShopperSession();
  if (!session) {
    const hadSession = (await cookies())
      .getAll()
      .some((cookie) => cookie.name.endsWith("next-auth.session-token"));
    redirect(`/signin?callbackUrl=%2Fwallet${hadSession ? "&reason=expired" : ""}`);
  }
  const { customerId } = session;
  const queryClient = getQueryClient();
  // Same query key as the browser's refreshes, but fetched directly: no HTTP hop to our own API. A failure
  // or a slow answer is not dehydrated: the browser shows the skeleton, fetches, and on failure shows its
  // own error state with a retry button.
  const [wallet, display, scheme, words] = await Promise.all([
    walletWithin(customerId),
    getDisplaySettings(),
    getColorScheme(),
    getWords(),
  ]);
  const { brand } = getEnv();
  const renderedAt = requestTime();
  // A big wallet sends each tab's first page; the browser fetches the rest once the page is up. A first
  // paint read by pages starts reading the whole wallet as soon as the page is sent.
  const shown = wallet && firstPagesOf(wallet, renderedAt);
  if (wallet?.partial && !wallet.stale) after(() => readAheadWholeWallet(customerId));
  if (shown) queryClient.setQueryData(walletQueryOptions().queryKey, shown);
  const firstPaint = shown ? firstPaintTexts(shown, display, renderedAt, words) : { cards: {}, calls: {} };

  return (
    <WalletProviders
      ownerKey={walletOwnerKey(customerId)}
      sessionEndsAt={session.endsAt}
      serverState={dehydrate(queryClient)}
    >
      <WalletScreen
        display={display}
        renderedAt={renderedAt}
        firstPaint={firstPaint}
        brand={<BrandMark name={brand.name} logo={await shownLogo(brand.logo)} />}
        schemeSwitch={<ColorSchemeSwitch current={scheme} returnTo="/wallet" />}
        languageSwitch={<LanguageSwitch returnTo="/wallet" />}
        features={walletFeatures()}
      />
    </WalletProviders>
  );
}
