"use client";

import { signOut } from "next-auth/react";
import { useId, useState } from "react";
import { ApiRequestError } from "@/lib/client/fetch-json";
import { unlockConsole } from "@/lib/client/queries/staff/till";
import { inputClass, primaryButton, secondaryButton } from "./styles";

interface Props {
  staffUser: string;
  /** OIDC staff have no password here: their PIN, or signing in again. */
  passwordless: boolean;
  onUnlocked: () => void;
}

/** Covers the whole console: nothing of the last customer shows, and only the same person opens it again. */
export function LockScreen({ staffUser, passwordless, onUnlocked }: Props) {
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
      setProblem(error instanceof ApiRequestError ? error.message : "Couldn't unlock. Try again.");
    } finally {
      setBusy(false);
    }
  }

  return (
    <main className="mx-auto flex max-w-md flex-col gap-4 px-6 py-12">
      <h1 className="text-3xl font-bold">Console locked</h1>
      <p className="text-lg text-slate-700">
        Locked for {staffUser} after a while without use. Only they can open it again.
      </p>
      <form onSubmit={(event) => void submit(event)} className="flex flex-col gap-3">
        <label htmlFor={`${id}-secret`} className="flex flex-col gap-1 text-lg font-semibold">
          {usePin ? "PIN" : "Password"}
          <input
            id={`${id}-secret`}
            type="password"
            inputMode={usePin ? "numeric" : "text"}
            autoComplete={usePin ? "off" : "current-password"}
            value={secret}
            onChange={(event) => setSecret(event.target.value)}
            className={inputClass}
            autoFocus
          />
        </label>
        <button type="submit" disabled={busy || secret === ""} className={primaryButton}>
          Unlock
        </button>
        {problem && (
          <p role="alert" className="rounded-lg border border-red-700 bg-red-50 p-3 text-lg text-red-900">
            {problem}
          </p>
        )}
      </form>
      {!passwordless && (
        <button type="button" onClick={() => setUsePin(!usePin)} className={secondaryButton}>
          {usePin ? "Use my password instead" : "Use my PIN instead"}
        </button>
      )}
      <button
        type="button"
        onClick={() => void signOut({ callbackUrl: "/staff/signin" })}
        className={secondaryButton}
      >
        Sign out (another member of staff)
      </button>
    </main>
  );
}
