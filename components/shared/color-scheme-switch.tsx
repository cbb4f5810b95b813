import { useTranslations } from "next-intl";
import type { ColorScheme } from "@/lib/shared/color-scheme";

const OPTIONS: ColorScheme[] = ["system", "light", "dark"];

/**
 * Light, dark or the device's setting: a disclosure and a plain form (rendered on the server, no script),
 * posted to /api/color-scheme, which remembers the choice in a cookie and sends the visitor back here.
 */
export function ColorSchemeSwitch({ current, returnTo }: { current: ColorScheme; returnTo: string }) {
  const t = useTranslations("common.scheme");
  return (
    <details className="group relative">
      <summary className="focus-visible:outline-brand-ink border-line bg-surface text-ink-soft hover:bg-surface-muted flex min-h-12 cursor-pointer list-none items-center gap-1 rounded-lg border px-3 font-semibold focus-visible:outline-3 [&::-webkit-details-marker]:hidden">
        <span aria-hidden="true">◐</span> {t("theme")}
      </summary>
      <form
        method="post"
        action="/api/color-scheme"
        className="border-line bg-surface absolute end-0 z-10 mt-2 hidden w-44 flex-col gap-1 rounded-lg border p-2 shadow-lg group-open:flex"
      >
        <input type="hidden" name="returnTo" value={returnTo} />
        {OPTIONS.map((value) => (
          <button
            key={value}
            type="submit"
            name="scheme"
            value={value}
            aria-pressed={current === value}
            className="focus-visible:outline-brand-ink aria-pressed:bg-brand-tint text-ink hover:bg-surface-muted min-h-12 rounded-md px-3 text-start font-medium focus-visible:outline-3 aria-pressed:font-bold"
          >
            {t(value)}
          </button>
        ))}
      </form>
    </details>
  );
}
