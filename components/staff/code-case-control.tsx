"use client";

import { useTranslations } from "@/components/shared/words-client";
import type { CouponCodeCase } from "@/lib/capillary";

const OPTIONS: CouponCodeCase[] = ["UPPER", "LOWER", "AS_IT_IS"];

/** Capillary's `coupon_code_case`, for brands whose codes are case-sensitive. Upper is Capillary's default. */
export function CodeCaseControl({
  value,
  onChange,
}: {
  value: CouponCodeCase;
  onChange: (value: CouponCodeCase) => void;
}) {
  const t = useTranslations("staff.codes.case");
  return (
    <fieldset className="flex flex-wrap items-center gap-2">
      <legend className="mb-1 text-base font-semibold">{t("legend")}</legend>
      {OPTIONS.map((option) => (
        <label
          key={option}
          className="has-checked:border-brand-ink has-focus-visible:outline-brand-ink border-line-strong bg-surface has-checked:bg-brand-tint flex min-h-12 cursor-pointer items-center gap-2 rounded-lg border px-4 text-lg has-focus-visible:outline-3"
        >
          <input
            type="radio"
            name="code-case"
            value={option}
            checked={value === option}
            onChange={() => onChange(option)}
            className="accent-brand-ink size-5"
          />
          {t(option)}
        </label>
      ))}
    </fieldset>
  );
}
