"use client";

import { useTranslations } from "@/components/shared/words-client";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { useEffect, useState, type FormEvent } from "react";
import { forgetStoredWallets } from "@/lib/client/queries/wallet/persistence";
import { useWords } from "@/components/shared/use-words";
import { staffSignInMessage } from "./staff-sign-in-messages";
import { inputClass, primaryButton } from "./styles";

export function StaffSignInForm() {
  const router = useRouter();
  const t = useTranslations("staffSignin");
  const words = useWords();
  const [username, setUsername] = useState("");
  const [password, setPassword] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // A shopper's wallet kept on this device is not for whoever signs in next, staff included.
  useEffect(() => {
    void forgetStoredWallets().catch(() => undefined);
  }, []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const result = await signIn("staff-password", { username, password, redirect: false }).catch(() => null);
    if (result?.ok && !result.error) {
      router.replace("/staff");
      router.refresh();
      return;
    }
    setBusy(false);
    setPassword("");
    setError(staffSignInMessage(result?.error ?? "unavailable", words));
  }

  return (
    <form onSubmit={(event) => void submit(event)} className="flex flex-col gap-3" noValidate>
      <label htmlFor="staff-username" className="text-base font-semibold">
        {t("username")}
      </label>
      <input
        id="staff-username"
        name="username"
        autoComplete="username"
        autoCapitalize="none"
        dir="ltr"
        spellCheck={false}
        required
        value={username}
        onChange={(event) => setUsername(event.target.value)}
        className={inputClass}
      />
      <label htmlFor="staff-password" className="text-base font-semibold">
        {t("password")}
      </label>
      <input
        id="staff-password"
        name="password"
        type="password"
        autoComplete="current-password"
        required
        value={password}
        onChange={(event) => setPassword(event.target.value)}
        className={inputClass}
      />
      <button
        type="submit"
        className={`${primaryButton} mt-2 w-full`}
        disabled={busy || !username || !password}
      >
        {t("submit")}
      </button>
      <p role="alert" className="text-bad min-h-6 font-medium">
        {error}
      </p>
    </form>
  );
}
