import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { redirect } from "next/navigation";
import { cookies } from "next/headers";
import { getStaffSession, readSessionToken } from "@/lib/server/auth/session";
import { getEnv } from "@/lib/server/env";
import { isLocked } from "@/lib/server/staff/console-lock";
import { deviceTill, DEVICE_TILL_COOKIE, tillKey } from "@/lib/server/staff/till/attribution";
import { getDisplaySettings } from "@/lib/server/display-settings";
import { getColorScheme } from "@/lib/server/color-scheme";
import { BrandMark } from "@/components/shared/brand-mark";
import { shownLogo } from "@/lib/server/brand/logo";
import { ColorSchemeSwitch } from "@/components/shared/color-scheme-switch";
import { LanguageSwitch } from "@/components/shared/language-switch";
import { StaffConsole } from "@/components/staff/staff-console";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("staff"))("pageTitle") };
}
export const dynamic = "force-dynamic";

/** The moment this render happened; the browser hydrates with it so both sides agree on "now". */
function requestTime(): number {
  return Date.now();
}

export default async function StaffPage() {
  const staff = await getStaffSession();
  if (!staff) {
    const token = await readSessionToken();
    if (token?.role !== "shopper") redirect(`/staff/signin${token ? "?reason=expired" : ""}`);
    const t = await getTranslations("staff");
    return (
      <main className="mx-auto flex max-w-lg flex-col gap-4 px-6 py-12">
        <h1 className="text-3xl font-bold">{t("shopperTitle")}</h1>
        <p className="text-ink-muted text-lg">{t("shopperText")}</p>
        <Link
          href="/wallet"
          className="bg-brand flex min-h-12 items-center justify-center rounded-lg px-4 text-lg font-semibold text-white"
        >
          {t("openWallet")}
        </Link>
      </main>
    );
  }
  const { till: config, brand } = getEnv();
  const perDevice = config.attribution === "device";
  const tills = perDevice ? config.tills.map((t) => ({ value: tillKey(t), label: t.label })) : null;
  const current = perDevice ? deviceTill((await cookies()).get(DEVICE_TILL_COOKIE)?.value) : undefined;
  const accountTill = config.attribution === "account" ? config.accountTills.get(staff.staffUser) : undefined;
  const till = current
    ? { value: tillKey(current), label: current.label }
    : accountTill
      ? { value: tillKey(accountTill), label: accountTill.code }
      : null;
  return (
    <StaffConsole
      staffUser={staff.staffUser}
      staffRole={staff.staffRole}
      brand={<BrandMark name={brand.name} logo={await shownLogo(brand.logo)} />}
      schemeSwitch={<ColorSchemeSwitch current={await getColorScheme()} returnTo="/staff" />}
      languageSwitch={<LanguageSwitch returnTo="/staff" />}
      passwordless={staff.staffUser.startsWith("oidc:")}
      settings={{
        idleClearMs: config.idleClearMs,
        lockMs: config.lockMs,
        billAmountMax: config.billAmountMax,
        tills,
      }}
      till={till}
      locked={await isLocked(staff)}
      display={await getDisplaySettings()}
      renderedAt={requestTime()}
    />
  );
}
