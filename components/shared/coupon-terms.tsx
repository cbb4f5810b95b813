import { useTranslations } from "@/components/shared/words-client";
import type { SeriesSummary } from "@/lib/capillary";

/**
 * The series' terms, as plain text: React escapes it, and whitespace-pre-line keeps Capillary's line breaks.
 * Never HTML: T&C are written in Capillary's console by people outside this app.
 */
export function CouponTerms({ series }: { series: SeriesSummary }) {
  const t = useTranslations("coupon.card");
  const texts = [series.termsAndConditions, series.standardTermsAndConditions].filter(
    (text, index, all): text is string => !!text && text.trim() !== "" && all.indexOf(text) === index,
  );
  if (texts.length === 0) return null;
  return (
    <details className="group border-line-soft mt-3 rounded-lg border">
      <summary className="focus-visible:outline-brand-ink text-ink flex min-h-11 cursor-pointer items-center px-3 font-semibold focus-visible:outline-3">
        {t("terms")}
      </summary>
      <div className="text-ink-soft space-y-3 px-3 pb-3">
        {texts.map((text) => (
          // As the brand wrote it, in whatever language: the browser finds its direction.
          <p key={text} dir="auto" className="break-words whitespace-pre-line">
            {text}
          </p>
        ))}
      </div>
    </details>
  );
}
