"use client";

import { useState } from "react";

export function CouponCode({ code }: { code: string }) {
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
    <div className="mt-3 flex items-center gap-2 rounded-lg bg-slate-100 p-2">
      <span className="sr-only">Code</span>
      <code className="flex-1 font-mono text-lg font-semibold tracking-wider break-all text-slate-950">
        {code}
      </code>
      <button
        type="button"
        onClick={() => void copy()}
        aria-label={`Copy code ${code}`}
        className="focus-visible:outline-brand min-h-11 min-w-11 rounded-lg border border-slate-400 bg-white px-3 font-semibold text-slate-900 hover:bg-slate-50 focus-visible:outline-3"
      >
        {copied ? "Copied" : "Copy"}
      </button>
      <span role="status" className="sr-only">
        {copied ? "Code copied" : ""}
      </span>
    </div>
  );
}
