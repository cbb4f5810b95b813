"use client";

import { useTranslations } from "@/components/shared/words-client";
import type { CodeSearch } from "@/lib/client/queries/staff/check-codes";
import type { CustomerSearch } from "@/lib/client/queries/staff/find-customer";

export type RecentLookup =
  | { kind: "customer"; search: CustomerSearch; label: string }
  | { kind: "codes"; search: CodeSearch; label: string };

const MAX_RECENT = 8;

/** Newest first, without repeats: a second lookup of the same thing moves it to the front. */
export function addRecent(list: RecentLookup[], entry: RecentLookup): RecentLookup[] {
  return [entry, ...list.filter((item) => item.kind !== entry.kind || item.label !== entry.label)].slice(
    0,
    MAX_RECENT,
  );
}

export function RecentLookups({
  items,
  onPick,
}: {
  items: RecentLookup[];
  onPick: (item: RecentLookup) => void;
}) {
  const t = useTranslations("staff.recent");
  if (items.length === 0) return null;
  return (
    <nav aria-label={t("label")} className="flex flex-wrap items-center gap-2">
      <h2 className="text-ink-muted text-base font-semibold">{t("heading")}</h2>
      <ul className="flex flex-wrap gap-2">
        {items.map((item) => (
          <li key={`${item.kind}:${item.label}`}>
            <button
              type="button"
              onClick={() => onPick(item)}
              className="focus-visible:outline-brand-ink border-line-strong bg-surface text-ink hover:bg-surface-muted min-h-12 rounded-full border px-4 text-base font-medium focus-visible:outline-3"
            >
              <span className="sr-only">{t(item.kind)} </span>
              {item.label}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
