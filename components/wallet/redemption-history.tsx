import type { Redemption } from "@/lib/capillary/types";
import { formatZoned } from "@/lib/coupons";
import type { DisplaySettings } from "@/lib/display-types";

function when(iso: string | null, display: DisplaySettings): string {
  return iso ? formatZoned(iso, { dateStyle: "medium", timeStyle: "short" }, display) : "Date not recorded";
}

export function RedemptionHistory({
  redemptions,
  display,
}: {
  redemptions: Redemption[];
  display: DisplaySettings;
}) {
  return (
    <section className="mt-3" aria-label="Where it was used">
      <h3 className="font-semibold text-slate-900">Used</h3>
      <ul className="mt-1 space-y-1 text-slate-800">
        {redemptions.map((redemption, index) => (
          <li key={redemption.id ?? index}>
            {when(redemption.redeemedAt, display)}
            {redemption.store?.name || redemption.store?.code
              ? ` at ${redemption.store.name ?? redemption.store.code}`
              : ""}
            {redemption.billNumber ? ` · bill ${redemption.billNumber}` : ""}
          </li>
        ))}
      </ul>
    </section>
  );
}
