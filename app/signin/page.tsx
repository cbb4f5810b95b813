import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { getShopperCustomerId } from "@/lib/server/auth/session";
import { getEnv } from "@/lib/server/env";
import { safeCallbackPath } from "@/lib/shared/safe-callback";
import { SignInForm } from "@/components/signin/sign-in-form";
import { DemoAccounts } from "@/components/signin/demo-accounts";
import "../globals.css";
import { BrandMark } from "@/components/shared/brand-mark";
import { shownLogo } from "@/lib/server/brand/logo";
import { LanguageSwitch } from "@/components/shared/language-switch";
import { Translated } from "@/components/shared/translated";

/** This page's own address (with its query), for the language switch to come back to. */
function returnTo(params: Record<string, string | string[] | undefined>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (typeof value === "string") query.set(key, value);
  const search = query.toString();
  return search ? `/signin?${search}` : "/signin";
}

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("signin"))("pageTitle") };
}

export default async function SignInPage({ searchParams }: PageProps<"/signin">) {
  const params = await searchParams;
  const callbackPath = safeCallbackPath(params.callbackUrl);
  if (await getShopperCustomerId()) redirect(callbackPath);
  const expired = params.reason === "expired";
  const { brand, runtime } = getEnv();
  const t = await getTranslations("signin");

  return (
    <main className="mx-auto flex max-w-md flex-col gap-6 px-4 py-10">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <BrandMark name={brand.name} logo={await shownLogo(brand.logo)} />
          <h1 className="text-3xl font-bold">{t("title")}</h1>
        </div>
        <LanguageSwitch returnTo={returnTo(params)} />
      </div>
      {expired && (
        <p role="status" className="bg-warn-soft text-warn rounded-lg p-3">
          {t("expired")}
        </p>
      )}
      <p className="text-ink-muted">{t("intro")}</p>
      <Translated namespaces={["signin"]}>
        <SignInForm callbackPath={callbackPath} />
      </Translated>
      {runtime.demoMode && <DemoAccounts />}
    </main>
  );
}
