import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { redirect } from "next/navigation";
import { ACTIVITY_DAYS, readActivity } from "@/lib/server/activity/shopper-activity";
import { getShopperSession } from "@/lib/server/auth/session";
import { getColorScheme } from "@/lib/server/color-scheme";
import { getDisplaySettings } from "@/lib/server/display-settings";
import { getEnv } from "@/lib/server/env";
import { formatAbsolute } from "@/lib/shared/coupons";
import { BrandMark } from "@/components/shared/brand-mark";
import { shownLogo } from "@/lib/server/brand/logo";
import { ColorSchemeSwitch } from "@/components/shared/color-scheme-switch";
import { LanguageSwitch } from "@/components/shared/language-switch";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("activity"))("title") };
}
export const dynamic = "force-dynamic";

/** When store staff looked up this shopper, checked or redeemed their coupons: when, where, what; never who. */
export default async function ActivityPage() {
  const session = await getShopperSession();
  if (!session) redirect("/signin?callbackUrl=%2Fwallet%2Factivity");
  const [events, display, scheme, t] = await Promise.all([
    readActivity(session.customerId),
    getDisplaySettings(),
    getColorScheme(),
    getTranslations("activity"),
  ]);
  const { brand } = getEnv();
  return (
    <main className="mx-auto flex max-w-2xl flex-col gap-4 px-4 py-6">
      <header className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <BrandMark name={brand.name} logo={await shownLogo(brand.logo)} />
          <h1 className="text-2xl font-bold sm:text-3xl">{t("title")}</h1>
        </div>
        {/* Its own row, as on the wallet: controls painted before the rest arrive stay where they are. */}
        <div className="flex w-full flex-wrap items-center gap-2">
          <LanguageSwitch returnTo="/wallet/activity" />
          <ColorSchemeSwitch current={scheme} returnTo="/wallet/activity" />
          <Link
            href="/wallet"
            className="focus-visible:outline-brand-ink border-line bg-surface text-ink-soft hover:bg-surface-muted flex min-h-11 items-center rounded-lg border px-4 font-semibold focus-visible:outline-3"
          >
            {t("back")}
          </Link>
        </div>
      </header>
      <p className="text-ink-muted">{t("intro", { days: ACTIVITY_DAYS })}</p>
      {events.length === 0 ? (
        <p className="bg-surface rounded-xl p-6 text-center shadow-sm">{t("nobody")}</p>
      ) : (
        <ol aria-label={t("listLabel")} className="flex flex-col gap-2">
          {events.map((event) => (
            <li
              key={`${event.at}:${event.kind}:${event.code ?? ""}`}
              className="bg-surface rounded-xl p-4 shadow-sm"
            >
              <p className="font-semibold">
                {t(`kind.${event.kind}`)}
                {event.code && (
                  <>
                    {" "}
                    {t("codeEnding")} <span dir="ltr">{event.code.replace("…", "")}</span>
                    {t("codeEndingClose")}
                  </>
                )}
              </p>
              <p className="text-ink-muted">
                <time dateTime={event.at}>{formatAbsolute(Date.parse(event.at), display).text}</time>
                {" · "}
                {event.place ? <bdi>{event.place}</bdi> : t("atAStore")}
              </p>
            </li>
          ))}
        </ol>
      )}
    </main>
  );
}
