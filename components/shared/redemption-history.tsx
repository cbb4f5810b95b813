import type { Redemption } from "@/lib/capillary";

/** `redeemedAt`: when each redemption happened, as describeCoupon words it. */
export function RedemptionHistory({
  redemptions,
  redeemedAt,
}: {
  redemptions: Redemption[];
  redeemedAt: string[];
}) {
  return (
    <section className="mt-3" aria-label="Where it was used">
      <h3 className="text-ink font-semibold">Used</h3>
      <ul className="text-ink-soft mt-1 space-y-1">
        {redemptions.map((redemption, index) => {
          const place = redemption.store ?? redemption.till;
          return (
            <li key={redemption.id ?? index}>
              {redeemedAt[index]}
              {place?.name || place?.code ? ` at ${place.name ?? place.code}` : ""}
              {redemption.billNumber ? ` · bill ${redemption.billNumber}` : ""}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
