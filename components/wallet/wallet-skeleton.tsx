/** Shaped like the wallet so nothing jumps when the coupons arrive. */
import { useTranslations } from "@/components/shared/words-client";

export function WalletSkeleton() {
  const t = useTranslations("wallet");
  return (
    <main className="mx-auto max-w-2xl px-4 py-6" aria-busy="true" aria-label={t("loading")}>
      <div className="bg-surface-strong h-9 w-48 animate-pulse rounded" />
      <div className="bg-surface-strong mt-6 h-12 animate-pulse rounded-lg" />
      <div className="mt-4 flex gap-2">
        {[0, 1, 2].map((i) => (
          <div key={i} className="bg-surface-strong h-11 flex-1 animate-pulse rounded-lg" />
        ))}
      </div>
      <ul className="mt-4 flex flex-col gap-4">
        {[0, 1, 2].map((i) => (
          <li key={i} className="bg-surface-strong h-44 animate-pulse rounded-xl" />
        ))}
      </ul>
    </main>
  );
}
