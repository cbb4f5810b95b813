import { useTranslations } from "@/components/shared/words-client";
import type { Redemption } from "@/lib/capillary";

/** `redeemedAt`: when each redemption happened, as describeCoupon words it. */
export function RedemptionHistory({
  redemptions,
  redeemedAt,
}: {
  redemptions: Redemption[];
  redeemedAt: string[];
}) {
  const t = useTranslations("coupon.history");
  return (
    <section className="mt-3" aria-label={t("label")}>
      <h3 className="text-ink font-semibold">{t("heading")}</h3>
      <ul className="text-ink-soft mt-1 space-y-1">
        {redemptions.map((redemption, index) => {
          const place = redemption.store ?? redemption.till;
          return (
            <li key={redemption.id ?? index}>
              {redeemedAt[index]}
              {place?.name || place?.code ? t("at", { place: place.name ?? place.code ?? "" }) : ""}
              {redemption.billNumber && (
                <>
                  {t("billSeparator")}
                  <bdi dir="ltr">{redemption.billNumber}</bdi>
                </>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
