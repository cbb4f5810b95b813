import type { Translate } from "@/lib/shared/i18n/translate";

/** What a member of staff reads for each sign-in failure next-auth hands back (staffSignin.error.*). */
export function staffSignInMessage(error: string, t: Translate): string {
  const [reason, seconds] = error.split(":");
  if (reason === "throttled")
    return t("staffSignin.error.throttled", { minutes: Math.max(1, Math.ceil(Number(seconds ?? 900) / 60)) });
  if (reason === "invalid_credentials" || reason === "CredentialsSignin")
    return t("staffSignin.error.mismatch");
  return t("staffSignin.error.other");
}
