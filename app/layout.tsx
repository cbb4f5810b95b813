import type { Metadata, Viewport } from "next";
import { headers } from "next/headers";
import { getLocale, getTranslations } from "next-intl/server";
import { connection } from "next/server";
import { brandThemeCss } from "@/lib/server/brand/theme-css";
import { getColorScheme } from "@/lib/server/color-scheme";
import { getEnv } from "@/lib/server/env";
import { directionOf, isAppLocale } from "@/lib/shared/i18n/locales";
// The stylesheet is imported by each section's layout or page, not here: Next inlines it (see
// next.config.js) and writes a root layout's stylesheet a third time into every page, for its global
// error page. Those sections: the home page, /signin, /wallet, /staff.
import { brandIconLinks } from "@/lib/server/brand/icons";

// Each reads the brand from the deploy's configuration, so each waits for a request (never the build).
export async function generateMetadata(): Promise<Metadata> {
  await connection();
  const { brand } = getEnv();
  const t = await getTranslations("common");
  return {
    title: { default: brand.name, template: `%s · ${brand.name}` },
    applicationName: brand.name,
    description: t("description"),
    appleWebApp: { title: brand.shortName },
    icons: brandIconLinks(brand),
  };
}

export async function generateViewport(): Promise<Viewport> {
  await connection();
  return { width: "device-width", initialScale: 1, themeColor: getEnv().brand.color };
}

export default async function RootLayout({ children }: Readonly<{ children: React.ReactNode }>) {
  // Every page renders per request so that Next can put this response's CSP nonce on its scripts.
  await connection();
  const [scheme, nonce, locale, t] = await Promise.all([
    getColorScheme(),
    headers().then((h) => h.get("x-nonce") ?? undefined),
    getLocale(),
    getTranslations("common"),
  ]);
  // The whole page mirrors for a right-to-left language; logical CSS (ms-, pe-, start-) follows dir.
  const dir = isAppLocale(locale) ? directionOf(locale) : "ltr";
  return (
    <html lang={locale} dir={dir} data-scheme={scheme === "system" ? undefined : scheme}>
      <head>
        <style nonce={nonce}>{brandThemeCss(getEnv().brand)}</style>
      </head>
      <body className="min-h-dvh">
        {/* On every page in demo mode, so a demo is never taken for the brand's real wallet. */}
        {/* In a landmark of its own, so nothing on the page sits outside one (axe's "region"). */}
        {getEnv().runtime.demoMode && (
          <aside aria-label={t("demoLabel")}>
            <p role="note" className="bg-warn-soft text-warn px-3 py-1 text-center text-sm font-semibold">
              {t("demoBanner")}
            </p>
          </aside>
        )}
        {children}
      </body>
    </html>
  );
}
