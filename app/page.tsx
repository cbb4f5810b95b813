import Link from "next/link";
import { useTranslations } from "next-intl";
import "./globals.css";
import { getEnv } from "@/lib/server/env";

export default function HomePage() {
  const t = useTranslations("home");
  return (
    <main className="mx-auto flex max-w-md flex-col gap-6 px-4 py-12">
      <h1 className="text-3xl font-bold">{getEnv().brand.name}</h1>
      <p className="text-ink-muted text-lg">{t("intro")}</p>
      <nav aria-label={t("navLabel")} className="flex flex-col gap-3">
        <Link
          href="/wallet"
          className="bg-brand hover:bg-brand-dark focus-visible:outline-brand-ink flex min-h-12 items-center justify-center rounded-lg px-4 text-lg font-semibold text-white focus-visible:outline-3 focus-visible:outline-offset-2"
        >
          {t("wallet")}
        </Link>
        <Link
          href="/staff"
          className="focus-visible:outline-brand-ink border-line bg-surface text-ink hover:bg-surface-muted flex min-h-12 items-center justify-center rounded-lg border px-4 text-lg font-semibold focus-visible:outline-3 focus-visible:outline-offset-2"
        >
          {t("staff")}
        </Link>
      </nav>
    </main>
  );
}
