"use client";

import { useTranslations } from "@/components/shared/words-client";
import { useState } from "react";

export function CouponCode({ code }: { code: string }) {
  const t = useTranslations("coupon.code");
  const [copied, setCopied] = useState(false);

  async function copy() {
    try {
      await navigator.clipboard.writeText(code);
      setCopied(true);
      window.setTimeout(() => setCopied(false), 2000);
    } catch {
      setCopied(false);
    }
  }

  return (
    <div className="bg-surface-muted mt-3 flex items-center gap-2 rounded-lg p-2">
      <span className="sr-only">{t("label")}</span>
      <code dir="ltr" className="text-ink flex-1 font-mono text-lg font-semibold tracking-wider break-all">
        {code}
      </code>
      <button
        type="button"
        onClick={() => void copy()}
        aria-label={t("copyLabel", { code })}
        className="focus-visible:outline-brand-ink border-line-strong bg-surface text-ink hover:bg-page min-h-11 min-w-11 rounded-lg border px-3 font-semibold focus-visible:outline-3"
      >
        {copied ? t("copied") : t("copy")}
      </button>
      <span role="status" className="sr-only">
        {copied ? t("copiedStatus") : ""}
      </span>
    </div>
  );
}
