import type { Metadata } from "next";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import { getShopperCustomerId } from "@/lib/auth/session";
import { getDisplaySettings } from "@/lib/display-settings";
import { getQueryClient } from "@/lib/query/query-client";
import { walletQueryOptions } from "@/lib/query/wallet";
import { getWallet } from "@/lib/wallet/get-wallet";
import { walletOwnerKey } from "@/lib/wallet/owner-key";
import { WalletProviders } from "@/components/wallet/wallet-providers";
import { WalletScreen } from "@/components/wallet/wallet-screen";

/** The moment this render happened; the browser hydrates with it so both sides agree on "now". */
function requestTime(): number {
  return Date.now();
}

export const metadata: Metadata = { title: "My coupons" };

export default async function WalletPage() {
  const customerId = await getShopperCustomerId();
  if (!customerId) {
    const hadSession = (await cookies())
      .getAll()
      .some((cookie) => cookie.name.endsWith("next-auth.session-token"));
    redirect(`/signin?callbackUrl=%2Fwallet${hadSession ? "&reason=expired" : ""}`);
  }
  const queryClient = getQueryClient();
  // Same query key as the browser's refreshes, but fetched directly: no HTTP hop to our own API. A failure
  // is not dehydrated, so the browser retries and shows its own error state with a retry button.
  await queryClient.prefetchQuery({ ...walletQueryOptions(), queryFn: () => getWallet(customerId) });
  const display = await getDisplaySettings();

  return (
    <WalletProviders ownerKey={walletOwnerKey(customerId)}>
      <HydrationBoundary state={dehydrate(queryClient)}>
        <WalletScreen display={display} renderedAt={requestTime()} />
      </HydrationBoundary>
    </WalletProviders>
  );
}
