"use client";

import type { CouponCodeCase } from "@/lib/capillary";

const OPTIONS: { value: CouponCodeCase; label: string }[] = [
  { value: "UPPER", label: "Upper" },
  { value: "LOWER", label: "Lower" },
  { value: "AS_IT_IS", label: "As it is" },
];

/** Capillary's `coupon_code_case`, for brands whose codes are case-sensitive. Upper is Capillary's default. */
export function CodeCaseControl({
  value,
  onChange,
}: {
  value: CouponCodeCase;
  onChange: (value: CouponCodeCase) => void;
}) {
  return (
    <fieldset className="flex flex-wrap items-center gap-2">
      <legend className="mb-1 text-base font-semibold">Code case</legend>
      {OPTIONS.map((option) => (
        <label
          key={option.value}
          className="has-checked:border-brand-ink has-focus-visible:outline-brand-ink border-line-strong bg-surface has-checked:bg-brand-tint flex min-h-12 cursor-pointer items-center gap-2 rounded-lg border px-4 text-lg has-focus-visible:outline-3"
        >
          <input
            type="radio"
            name="code-case"
            value={option.value}
            checked={value === option.value}
            onChange={() => onChange(option.value)}
            className="accent-brand-ink size-5"
          />
          {option.label}
        </label>
      ))}
    </fieldset>
  );
}
