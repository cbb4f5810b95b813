"use client";

import { useTranslations } from "@/components/shared/words-client";
import dynamic from "next/dynamic";
import { useState, type FormEvent, type KeyboardEvent } from "react";
import type { CouponCodeCase } from "@/lib/capillary";
import { parseCodeInput } from "@/lib/shared/staff/code-list";
import type { CodeSearch } from "@/lib/client/queries/staff/check-codes";
import { CodeCaseControl } from "./code-case-control";
import { inputClass, primaryButton, secondaryButton } from "./styles";

// The camera and decoder load only when someone taps "Scan".
const CodeScanner = dynamic(() => import("./code-scanner").then((m) => m.CodeScanner), { ssr: false });

interface Props {
  customerId: string | null;
  onCheck: (search: CodeSearch) => void;
}

export function CodeCheckForm({ customerId, onCheck }: Props) {
  const t = useTranslations("staff.codes");
  const say = useTranslations();
  const [text, setText] = useState("");
  const [codeCase, setCodeCase] = useState<CouponCodeCase>("UPPER");
  const [onlyCustomer, setOnlyCustomer] = useState(false);
  const [scanning, setScanning] = useState(false);
  const [error, setError] = useState<string | null>(null);

  function check(value = text) {
    const parsed = parseCodeInput(value);
    if (!parsed.ok) return setError(say(parsed.saying.key, parsed.saying.values));
    setError(null);
    onCheck({ codes: parsed.codes, codeCase, customerId: onlyCustomer && customerId ? customerId : null });
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    check();
  }

  // Hand scanners "type" the code and press Enter: Enter checks, Shift+Enter starts a new line.
  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key === "Enter" && !event.shiftKey) {
      event.preventDefault();
      check();
    }
  }

  function onScanned(code: string) {
    const next = text.trim() ? `${text.trim()} ${code}` : code;
    setText(next);
    setScanning(false);
    check(next);
  }

  return (
    <form onSubmit={submit} className="flex flex-col gap-3" noValidate>
      <label htmlFor="coupon-codes" className="text-lg font-semibold">
        {t("label")}
      </label>
      <textarea
        id="coupon-codes"
        rows={2}
        autoComplete="off"
        autoCapitalize="characters"
        dir="ltr"
        spellCheck={false}
        aria-describedby="codes-hint codes-error"
        value={text}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={onKeyDown}
        className={`${inputClass} py-2 font-mono text-2xl tracking-wider`}
      />
      <p id="codes-hint" className="text-ink-muted text-sm">
        {t("hint")}
      </p>
      <p id="codes-error" role="alert" className="text-bad font-medium empty:hidden">
        {error}
      </p>
      <CodeCaseControl value={codeCase} onChange={setCodeCase} />
      {customerId && (
        <label className="flex min-h-12 items-center gap-3 text-lg">
          <input
            type="checkbox"
            checked={onlyCustomer}
            onChange={(event) => setOnlyCustomer(event.target.checked)}
            className="accent-brand-ink size-6"
          />
          {t("onlyCustomer")}
        </label>
      )}
      <div className="flex gap-2">
        <button type="submit" className={`${primaryButton} flex-1`}>
          {t("check")}
        </button>
        <button type="button" onClick={() => setScanning(true)} className={secondaryButton}>
          {t("scan")}
        </button>
      </div>
      {scanning && <CodeScanner onCode={onScanned} onClose={() => setScanning(false)} />}
    </form>
  );
}
