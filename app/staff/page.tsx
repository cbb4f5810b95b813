import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getStaffUser, readSessionToken } from "@/lib/server/auth/session";
import { getDisplaySettings } from "@/lib/server/display-settings";
import { getColorScheme } from "@/lib/server/color-scheme";
import { getEnv } from "@/lib/server/env";
import { BrandMark } from "@/components/shared/brand-mark";
import { ColorSchemeSwitch } from "@/components/shared/color-scheme-switch";
import { StaffConsole } from "@/components/staff/staff-console";

export const metadata: Metadata = { title: "Staff console" };
export const dynamic = "force-dynamic";

/** The moment this render happened; the browser hydrates with it so both sides agree on "now". */
function requestTime(): number {
  return Date.now();
}

export default async function StaffPage() {
  const staffUser = await getStaffUser();
  if (!staffUser) {
    const token = await readSessionToken();
    if (token?.role !== "shopper") redirect(`/staff/signin${token ? "?reason=expired" : ""}`);
    return (
      <main className="mx-auto flex max-w-lg flex-col gap-4 px-6 py-12">
        <h1 className="text-3xl font-bold">This console is for store staff</h1>
        <p className="text-ink-muted text-lg">
          You are signed in as a shopper. Your coupons are in your wallet.
        </p>
        <Link
          href="/wallet"
          className="bg-brand flex min-h-12 items-center justify-center rounded-lg px-4 text-lg font-semibold text-white"
        >
          Open my wallet
        </Link>
      </main>
    );
  }
  const { brand } = getEnv();
  return (
    <StaffConsole
      staffUser={staffUser}
      brand={<BrandMark name={brand.name} logo={brand.logo?.src} />}
      schemeSwitch={<ColorSchemeSwitch current={await getColorScheme()} returnTo="/staff" />}
      display={await getDisplaySettings()}
      renderedAt={requestTime()}
    />
  );
}
