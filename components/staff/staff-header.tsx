"use client";

import { signOut } from "next-auth/react";
import { secondaryButton } from "./styles";

export function StaffHeader({
  staffUser,
  brand,
  schemeSwitch,
  onClear,
}: {
  staffUser: string;
  brand: React.ReactNode;
  schemeSwitch: React.ReactNode;
  onClear: () => void;
}) {
  return (
    <header className="flex flex-wrap items-center justify-between gap-3">
      <div>
        {brand}
        <h1 className="text-3xl font-bold">Staff console</h1>
        <p className="text-ink-muted">Signed in as {staffUser}</p>
      </div>
      <div className="flex gap-2">
        {schemeSwitch}
        <button type="button" onClick={onClear} className={secondaryButton}>
          New customer
        </button>
        <button
          type="button"
          onClick={() => void signOut({ callbackUrl: "/staff/signin" })}
          className={secondaryButton}
        >
          Sign out
        </button>
      </div>
    </header>
  );
}
