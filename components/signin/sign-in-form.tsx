"use client";

import { useTranslations } from "@/components/shared/words-client";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { useEffect, useId, useState, type FormEvent } from "react";
import { browserTimeZone } from "@/lib/client/browser-time-zone";
import { forgetStoredWallets } from "@/lib/client/queries/wallet/persistence";
import { rememberBrowserTimeZone } from "@/lib/shared/time-zone-cookie";
import { useWords } from "@/components/shared/use-words";
import { signInErrorMessage } from "./sign-in-messages";

type Step = "number" | "code";

const inputClass =
  "min-h-12 w-full rounded-lg border border-line-strong bg-surface px-3 text-lg text-ink focus-visible:outline-3 focus-visible:outline-offset-1 focus-visible:outline-brand-ink";
const buttonClass =
  "min-h-12 w-full rounded-lg bg-brand px-4 text-lg font-semibold text-white hover:bg-brand-dark focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-brand-ink disabled:opacity-60";

export function SignInForm({ callbackPath }: { callbackPath: string }) {
  const router = useRouter();
  const t = useTranslations("signin");
  const words = useWords();
  const [step, setStep] = useState<Step>("number");
  const [identifier, setIdentifier] = useState("");
  const [code, setCode] = useState("");
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ tone: "error" | "info"; text: string } | null>(null);
  const hintId = useId();
  const messageId = useId();

  // Tell the server the browser's time zone now, so the wallet's first paint shows expiry on the shopper's clock.
  useEffect(() => {
    rememberBrowserTimeZone(browserTimeZone());
    // Whoever signs in next must not find the previous shopper's saved coupons on this device.
    void forgetStoredWallets().catch(() => undefined);
  }, []);

  async function sendCode(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setMessage(null);
    try {
      const response = await fetch("/api/auth/otp", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ identifier }),
      });
      if (response.ok) {
        setStep("code");
        setMessage({
          tone: "info",
          text: t("codeSent"),
        });
      } else {
        const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
        const retryAfter = Number(response.headers.get("Retry-After") ?? 0);
        const wait =
          response.status === 429 && retryAfter
            ? ` ${t("waitMinutes", { minutes: Math.ceil(retryAfter / 60) })}`
            : "";
        // The server's words already say how long to wait, in the shopper's language.
        setMessage({ tone: "error", text: body?.error?.message ?? `${t("couldNotSend")}${wait}` });
      }
    } catch {
      setMessage({ tone: "error", text: t("offline") });
    } finally {
      setBusy(false);
    }
  }

  async function verify(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setMessage(null);
    const result = await signIn("shopper-otp", { identifier, code, redirect: false }).catch(() => null);
    if (result?.ok && !result.error) {
      router.replace(callbackPath);
      return;
    }
    setBusy(false);
    setMessage({ tone: "error", text: signInErrorMessage(result?.error ?? "unavailable", words) });
  }

  return (
    <div className="flex flex-col gap-4">
      <form onSubmit={(event) => void sendCode(event)} className="flex flex-col gap-3" noValidate>
        <label htmlFor="identifier" className="text-base font-semibold">
          {t("mobile")}
        </label>
        <input
          id="identifier"
          name="identifier"
          type="text"
          inputMode="tel"
          dir="ltr"
          autoComplete="tel"
          required
          aria-describedby={hintId}
          value={identifier}
          onChange={(event) => {
            setIdentifier(event.target.value);
            if (step === "code") setStep("number");
          }}
          className={inputClass}
        />
        <p id={hintId} className="text-ink-muted text-sm">
          {t("mobileHint")}
        </p>
        {step === "number" && (
          <button type="submit" className={buttonClass} disabled={busy || identifier.trim() === ""}>
            {t("sendCode")}
          </button>
        )}
      </form>
      {step === "code" && (
        <form onSubmit={(event) => void verify(event)} className="flex flex-col gap-3" noValidate>
          <label htmlFor="code" className="text-base font-semibold">
            {t("code")}
          </label>
          <input
            id="code"
            name="code"
            type="text"
            inputMode="numeric"
            dir="ltr"
            autoComplete="one-time-code"
            pattern="[0-9]*"
            maxLength={8}
            required
            autoFocus
            aria-describedby={message ? messageId : undefined}
            value={code}
            onChange={(event) => setCode(event.target.value.replace(/\D/g, ""))}
            className={`${inputClass} tracking-[0.3em]`}
          />
          <button type="submit" className={buttonClass} disabled={busy || code.length < 4}>
            {t("submit")}
          </button>
          <button
            type="button"
            onClick={(event) => void sendCode(event)}
            disabled={busy}
            className="text-brand-ink min-h-11 self-start rounded px-2 text-base font-semibold underline underline-offset-4"
          >
            {t("resend")}
          </button>
        </form>
      )}
      <p
        id={messageId}
        role={message?.tone === "error" ? "alert" : "status"}
        className={message?.tone === "error" ? "text-bad font-medium" : "text-ink-muted"}
      >
        {message?.text}
      </p>
    </div>
  );
}
