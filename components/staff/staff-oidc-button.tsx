"use client";

import { useTranslations } from "@/components/shared/words-client";
import { signIn } from "next-auth/react";
import { primaryButton } from "./styles";

export function StaffOidcButton({ name }: { name: string }) {
  const t = useTranslations("staffSignin");
  return (
    <button
      type="button"
      onClick={() => void signIn("staff-oidc", { callbackUrl: "/staff" })}
      className={`${primaryButton} w-full`}
    >
      {t("withOidc", { name })}
    </button>
  );
}
