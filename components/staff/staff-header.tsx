"use client";

import { useProblemText } from "@/components/shared/problem-text";
import { useTranslations } from "@/components/shared/words-client";
import { signOut } from "next-auth/react";
import { useState } from "react";
import { setConsolePin, setTabletTill } from "@/lib/client/queries/staff/till";
import type { StaffRole } from "@/lib/shared/staff/roles";
import { inputClass, primaryButton, secondaryButton } from "./styles";

export interface TillOption {
  value: string;
  label: string;
}

interface Props {
  staffUser: string;
  staffRole: StaffRole;
  /** Rendered on the server: the brand's name and logo, and the light/dark switch (a plain form). */
  brand: React.ReactNode;
  schemeSwitch: React.ReactNode;
  languageSwitch: React.ReactNode;
  /** Per-tablet attribution: the tills to pick from and the current one (null: not set yet). */
  tills: TillOption[] | null;
  till: TillOption | null;
  onTillChange: (till: TillOption) => void;
  onNewCustomer: () => void;
  onLock: () => void;
}

export function StaffHeader({
  staffUser,
  staffRole,
  brand,
  schemeSwitch,
  languageSwitch,
  tills,
  till,
  onTillChange,
  onNewCustomer,
  onLock,
}: Props) {
  const t = useTranslations("staff.header");
  const [confirmSwitch, setConfirmSwitch] = useState(false);
  return (
    <header className="flex flex-col gap-3">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div>
          {brand}
          <h1 className="text-3xl font-bold">{t("title")}</h1>
          <p className="text-ink-muted">
            {t.rich("signedInAs", { user: () => <bdi>{staffUser}</bdi>, role: t(`role.${staffRole}`) })}
            {till && (
              <>
                {" · "}
                <bdi>{till.label}</bdi>
              </>
            )}
          </p>
        </div>
        <div className="flex flex-wrap gap-2">
          {languageSwitch}
          {schemeSwitch}
          <button type="button" onClick={onNewCustomer} className={secondaryButton}>
            {t("newCustomer")}
          </button>
          <button type="button" onClick={onLock} className={secondaryButton}>
            {t("lock")}
          </button>
          {confirmSwitch ? (
            <button
              type="button"
              onClick={() => void signOut({ callbackUrl: "/staff/signin" })}
              className={primaryButton}
            >
              {t("signOutNow", { user: staffUser })}
            </button>
          ) : (
            <button type="button" onClick={() => setConfirmSwitch(true)} className={secondaryButton}>
              {t("switchStaff")}
            </button>
          )}
        </div>
      </div>
      {tills && <TillPicker tills={tills} till={till} onChange={onTillChange} />}
      <PinSetter />
    </header>
  );
}

function TillPicker({
  tills,
  till,
  onChange,
}: {
  tills: TillOption[];
  till: TillOption | null;
  onChange: (till: TillOption) => void;
}) {
  const t = useTranslations("staff.header");
  const problemText = useProblemText();
  const [problem, setProblem] = useState<string | null>(null);
  async function choose(value: string) {
    const picked = tills.find((option) => option.value === value);
    if (!picked) return;
    try {
      await setTabletTill(value);
      setProblem(null);
      onChange(picked);
    } catch (error) {
      setProblem(problemText(error, "staff.header.tillFailed"));
    }
  }
  return (
    // min-w-0: a select is as wide as its longest option, which in some languages is wider than a phone.
    <label className="flex max-w-md min-w-0 flex-col gap-1 text-lg font-semibold">
      {t("tillLabel")}
      <select
        value={till?.value ?? ""}
        onChange={(event) => void choose(event.target.value)}
        className={`${inputClass} min-w-0`}
      >
        <option value="" disabled>
          {t("tillPlaceholder")}
        </option>
        {tills.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {problem && (
        <span role="alert" className="text-bad">
          {problem}
        </span>
      )}
    </label>
  );
}

/** A short PIN for this shift, to unlock the console quickly after it locks itself. */
function PinSetter() {
  const t = useTranslations("staff.header");
  const problemText = useProblemText();
  const [open, setOpen] = useState(false);
  const [pin, setPin] = useState("");
  const [message, setMessage] = useState<string | null>(null);
  async function save(event: React.FormEvent) {
    event.preventDefault();
    try {
      await setConsolePin(pin);
      setMessage(t("pinSet"));
      setPin("");
      setOpen(false);
    } catch (error) {
      setMessage(problemText(error, "staff.header.pinFailed"));
    }
  }
  return (
    <div className="flex flex-wrap items-end gap-2">
      {open ? (
        <form onSubmit={(event) => void save(event)} className="flex flex-wrap items-end gap-2">
          <label className="flex flex-col gap-1 text-lg font-semibold">
            {t("newPin")}
            <input
              type="password"
              inputMode="numeric"
              autoComplete="off"
              dir="ltr"
              value={pin}
              onChange={(event) => setPin(event.target.value)}
              className={inputClass}
            />
          </label>
          <button type="submit" className={primaryButton}>
            {t("savePin")}
          </button>
        </form>
      ) : (
        <button type="button" onClick={() => setOpen(true)} className={secondaryButton}>
          {t("setPin")}
        </button>
      )}
      {message && <p role="status">{message}</p>}
    </div>
  );
}
