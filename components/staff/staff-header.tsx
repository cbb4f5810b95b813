"use client";

import { signOut } from "next-auth/react";
import { useState } from "react";
import { ApiRequestError } from "@/lib/client/fetch-json";
import { setConsolePin, setTabletTill } from "@/lib/client/queries/staff/till";
import { ROLE_LABELS, type StaffRole } from "@/lib/shared/staff/roles";
import { inputClass, primaryButton, secondaryButton } from "./styles";

export interface TillOption {
  value: string;
  label: string;
}

interface Props {
  staffUser: string;
  staffRole: StaffRole;
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
  tills,
  till,
  onTillChange,
  onNewCustomer,
  onLock,
}: Props) {
  const [confirmSwitch, setConfirmSwitch] = useState(false);
  return (
    <header className="flex flex-col gap-3">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div>
          <h1 className="text-3xl font-bold">Staff console</h1>
          <p className="text-slate-700">
            Signed in as {staffUser} ({ROLE_LABELS[staffRole]}){till ? ` · ${till.label}` : ""}
          </p>
        </div>
        <div className="flex flex-wrap gap-2">
          <button type="button" onClick={onNewCustomer} className={secondaryButton}>
            New customer
          </button>
          <button type="button" onClick={onLock} className={secondaryButton}>
            Lock
          </button>
          {confirmSwitch ? (
            <button
              type="button"
              onClick={() => void signOut({ callbackUrl: "/staff/signin" })}
              className={primaryButton}
            >
              Sign out {staffUser} now
            </button>
          ) : (
            <button type="button" onClick={() => setConfirmSwitch(true)} className={secondaryButton}>
              Switch staff
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
  const [problem, setProblem] = useState<string | null>(null);
  async function choose(value: string) {
    const picked = tills.find((t) => t.value === value);
    if (!picked) return;
    try {
      await setTabletTill(value);
      setProblem(null);
      onChange(picked);
    } catch (error) {
      setProblem(error instanceof ApiRequestError ? error.message : "Couldn't set the till.");
    }
  }
  return (
    <label className="flex max-w-md flex-col gap-1 text-lg font-semibold">
      This tablet&apos;s till
      <select
        value={till?.value ?? ""}
        onChange={(event) => void choose(event.target.value)}
        className={inputClass}
      >
        <option value="" disabled>
          Choose the till redemptions are credited to
        </option>
        {tills.map((t) => (
          <option key={t.value} value={t.value}>
            {t.label}
          </option>
        ))}
      </select>
      {problem && (
        <span role="alert" className="text-red-900">
          {problem}
        </span>
      )}
    </label>
  );
}

/** A short PIN for this shift, to unlock the console quickly after it locks itself. */
function PinSetter() {
  const [open, setOpen] = useState(false);
  const [pin, setPin] = useState("");
  const [message, setMessage] = useState<string | null>(null);
  async function save(event: React.FormEvent) {
    event.preventDefault();
    try {
      await setConsolePin(pin);
      setMessage("PIN set for this shift.");
      setPin("");
      setOpen(false);
    } catch (error) {
      setMessage(error instanceof ApiRequestError ? error.message : "Couldn't set the PIN.");
    }
  }
  return (
    <div className="flex flex-wrap items-end gap-2">
      {open ? (
        <form onSubmit={(event) => void save(event)} className="flex flex-wrap items-end gap-2">
          <label className="flex flex-col gap-1 text-lg font-semibold">
            New PIN (4-8 digits)
            <input
              type="password"
              inputMode="numeric"
              autoComplete="off"
              value={pin}
              onChange={(event) => setPin(event.target.value)}
              className={inputClass}
            />
          </label>
          <button type="submit" className={primaryButton}>
            Save PIN
          </button>
        </form>
      ) : (
        <button type="button" onClick={() => setOpen(true)} className={secondaryButton}>
          Set a PIN for unlocking
        </button>
      )}
      {message && <p role="status">{message}</p>}
    </div>
  );
}
