import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { getStaffUser } from "@/lib/server/auth/session";
import { staffSignInMethods } from "@/lib/server/auth/staff-providers";
import { getEnv } from "@/lib/server/env";
import { BrandMark } from "@/components/shared/brand-mark";
import { shownLogo } from "@/lib/server/brand/logo";
import { DemoNotice } from "@/components/shared/demo-notice";
import { LanguageSwitch } from "@/components/shared/language-switch";
import { Translated } from "@/components/shared/translated";
import { StaffOidcButton } from "@/components/staff/staff-oidc-button";
import { StaffSignInForm } from "@/components/staff/staff-sign-in-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("staffSignin"))("title") };
}
export const dynamic = "force-dynamic";

export default async function StaffSignInPage({ searchParams }: PageProps<"/staff/signin">) {
  if (await getStaffUser()) redirect("/staff");
  const expired = (await searchParams).reason === "expired";
  const { staff, runtime, brand } = getEnv();
  const methods = staffSignInMethods(staff);
  const t = await getTranslations("staffSignin");

  return (
    <main className="mx-auto flex max-w-lg flex-col gap-6 px-6 py-12">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <BrandMark name={brand.name} logo={await shownLogo(brand.logo)} />
          <h1 className="text-3xl font-bold">{t("title")}</h1>
        </div>
        <LanguageSwitch returnTo={expired ? "/staff/signin?reason=expired" : "/staff/signin"} />
      </div>
      {expired && (
        <p role="status" className="bg-warn-soft text-warn rounded-lg p-3">
          {t("expired")}
        </p>
      )}
      <p className="text-ink-muted text-lg">{t("intro")}</p>
      <Translated namespaces={["staffSignin"]}>
        {methods.oidc && <StaffOidcButton name={staff.oidcName} />}
        {methods.oidc && methods.local && <p className="text-ink-muted text-center">{t("or")}</p>}
        {methods.local && <StaffSignInForm />}
      </Translated>
      {!methods.local && !methods.oidc && (
        <p role="alert" className="bg-warn-soft text-warn rounded-lg p-3">
          {t("notSetUp")}
        </p>
      )}
      {runtime.demoMode && staff.users?.startsWith("staff.demo:") && (
        <DemoNotice headingId="staff-demo-heading">
          <p className="mt-1">
            {t.rich("demo", { strong: (chunks) => <strong dir="ltr">{chunks}</strong> })}
          </p>
        </DemoNotice>
      )}
    </main>
  );
}
