"use client";

import { useProblemText } from "@/components/shared/problem-text";
import { useTranslations } from "@/components/shared/words-client";
import { signOut } from "next-auth/react";
import { useId, useState } from "react";
import { unlockConsole } from "@/lib/client/queries/staff/till";
import { inputClass, primaryButton, secondaryButton } from "./styles";

interface Props {
  staffUser: string;
  /** Rendered on the server: the brand's name and logo, and the light/dark switch (a plain form). */
  brand: React.ReactNode;
  schemeSwitch: React.ReactNode;
  languageSwitch: React.ReactNode;
  /** OIDC staff have no password here: their PIN, or signing in again. */
  passwordless: boolean;
  onUnlocked: () => void;
}

/** Covers the whole console: nothing of the last customer shows, and only the same person opens it again. */
export function LockScreen({
  staffUser,
  brand,
  schemeSwitch,
  languageSwitch,
  passwordless,
  onUnlocked,
}: Props) {
  const t = useTranslations("staff.lock");
  const problemText = useProblemText();
  const id = useId();
  const [usePin, setUsePin] = useState(passwordless);
  const [secret, setSecret] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    setBusy(true);
    setProblem(null);
    try {
      await unlockConsole(usePin ? { pin: secret } : { password: secret });
      setSecret("");
      onUnlocked();
    } catch (error) {
      setProblem(problemText(error, "staff.lock.failed"));
    } finally {
      setBusy(false);
    }
  }

  return (
    <main className="mx-auto flex max-w-md flex-col gap-4 px-6 py-12">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          {brand}
          <h1 className="text-3xl font-bold">{t("title")}</h1>
        </div>
        <div className="flex flex-wrap gap-2">
          {languageSwitch}
          {schemeSwitch}
        </div>
      </div>
      <p className="text-ink-muted text-lg">{t.rich("text", { user: () => <bdi>{staffUser}</bdi> })}</p>
      <form onSubmit={(event) => void submit(event)} className="flex flex-col gap-3">
        <label htmlFor={`${id}-secret`} className="flex flex-col gap-1 text-lg font-semibold">
          {usePin ? t("pin") : t("password")}
          <input
            id={`${id}-secret`}
            type="password"
            inputMode={usePin ? "numeric" : "text"}
            autoComplete={usePin ? "off" : "current-password"}
            dir="ltr"
            value={secret}
            onChange={(event) => setSecret(event.target.value)}
            className={inputClass}
            autoFocus
          />
        </label>
        <button type="submit" disabled={busy || secret === ""} className={primaryButton}>
          {t("unlock")}
        </button>
        {problem && (
          <p role="alert" className="border-bad-line bg-bad-soft text-bad rounded-lg border p-3 text-lg">
            {problem}
          </p>
        )}
      </form>
      {!passwordless && (
        <button type="button" onClick={() => setUsePin(!usePin)} className={secondaryButton}>
          {usePin ? t("usePassword") : t("usePin")}
        </button>
      )}
      <button
        type="button"
        onClick={() => void signOut({ callbackUrl: "/staff/signin" })}
        className={secondaryButton}
      >
        {t("signOut")}
      </button>
    </main>
  );
}
