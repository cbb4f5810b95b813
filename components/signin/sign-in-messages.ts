import type { Translate } from "@/lib/shared/i18n/translate";

/** What a shopper reads for each sign-in failure next-auth hands back (messages: signin.error.*). */
export function signInErrorMessage(error: string, t: Translate): string {
  const [reason, seconds] = error.split(":");
  switch (reason) {
    case "wrong_code":
    case "invalid_input":
    case "no_wallet":
    case "unavailable":
      return t(`signin.error.${reason}`);
    case "throttled":
      return t("signin.error.throttled", { minutes: Math.max(1, Math.ceil(Number(seconds ?? 900) / 60)) });
    default:
      return t("signin.error.other");
  }
}
