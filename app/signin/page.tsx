import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getShopperCustomerId } from "@/lib/server/auth/session";
import { getEnv } from "@/lib/server/env";
import { safeCallbackPath } from "@/lib/shared/safe-callback";
import { SignInForm } from "@/components/signin/sign-in-form";
import { DemoAccounts } from "@/components/signin/demo-accounts";
import "../globals.css";
import { BrandMark } from "@/components/shared/brand-mark";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: PageProps<"/signin">) {
  const params = await searchParams;
  const callbackPath = safeCallbackPath(params.callbackUrl);
  if (await getShopperCustomerId()) redirect(callbackPath);
  const expired = params.reason === "expired";
  const { brand, runtime } = getEnv();

  return (
    <main className="mx-auto flex max-w-md flex-col gap-6 px-4 py-10">
      <div>
        <BrandMark name={brand.name} logo={brand.logo?.src} />
        <h1 className="text-3xl font-bold">Sign in to your wallet</h1>
      </div>
      {expired && (
        <p role="status" className="bg-warn-soft text-warn rounded-lg p-3">
          Your session has ended. Sign in again to get back to your coupons.
        </p>
      )}
      <p className="text-ink-muted">We&apos;ll send a one-time code to your mobile. No password needed.</p>
      <SignInForm callbackPath={callbackPath} />
      {runtime.demoMode && <DemoAccounts />}
    </main>
  );
}
