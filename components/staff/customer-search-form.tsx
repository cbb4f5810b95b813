"use client";

import { useTranslations } from "@/components/shared/words-client";
import { useState, type FormEvent } from "react";
import { CUSTOMER_QUERY_KINDS, customerQueryLabel } from "@/lib/shared/staff/customer-query";
import type { CustomerSearch } from "@/lib/client/queries/staff/find-customer";
import { customerSearchReadings } from "@/lib/client/queries/staff/find-customer";
import { useWords } from "@/components/shared/use-words";
import { inputClass, primaryButton } from "./styles";

export function CustomerSearchForm({ onSearch }: { onSearch: (search: CustomerSearch) => void }) {
  const t = useTranslations("staff.customerSearch");
  const words = useWords();
  const [text, setText] = useState("");
  const [by, setBy] = useState<CustomerSearch["by"]>("any");
  const [error, setError] = useState<string | null>(null);

  function submit(event: FormEvent) {
    event.preventDefault();
    const search = { text: text.trim(), by };
    if (customerSearchReadings(search).length === 0) {
      setError(
        by === "any"
          ? t("typeSomething")
          : t("notValid", { kind: customerQueryLabel(by, words).toLowerCase() }),
      );
      return;
    }
    setError(null);
    onSearch(search);
  }

  return (
    <form role="search" aria-label={t("label")} onSubmit={submit} className="flex flex-col gap-2" noValidate>
      <label htmlFor="customer-query" className="text-lg font-semibold">
        {t("customer")}
      </label>
      <div className="flex flex-wrap gap-2">
        <input
          id="customer-query"
          type="search"
          autoComplete="off"
          autoCapitalize="none"
          // Mobiles, e-mails and ids read left to right in every language.
          dir="ltr"
          spellCheck={false}
          aria-describedby="customer-hint customer-error"
          value={text}
          onChange={(event) => setText(event.target.value)}
          className={`${inputClass} min-w-0 flex-[3_1_14rem]`}
        />
        <label htmlFor="customer-by" className="sr-only">
          {t("searchBy")}
        </label>
        <select
          id="customer-by"
          value={by}
          onChange={(event) => setBy(event.target.value as CustomerSearch["by"])}
          className={`${inputClass} w-auto flex-[1_1_9rem]`}
        >
          <option value="any">{t("any")}</option>
          {CUSTOMER_QUERY_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {customerQueryLabel(kind, words)}
            </option>
          ))}
        </select>
        <button type="submit" className={`${primaryButton} flex-[1_1_6rem]`}>
          {t("find")}
        </button>
      </div>
      <p id="customer-hint" className="text-ink-muted text-sm">
        {t("hint")}
      </p>
      <p id="customer-error" role="alert" className="text-bad font-medium empty:hidden">
        {error}
      </p>
    </form>
  );
}
