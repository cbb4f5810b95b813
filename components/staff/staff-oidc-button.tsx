"use client";

import { signIn } from "next-auth/react";
import { primaryButton } from "./styles";

export function StaffOidcButton({ name }: { name: string }) {
  return (
    <button
      type="button"
      onClick={() => void signIn("staff-oidc", { callbackUrl: "/staff" })}
      className={`${primaryButton} w-full`}
    >
      Sign in with {name}
    </button>
  );
}
