import type { Translate } from "@/lib/shared/i18n/translate";
import { useTranslations } from "./words-client";

/**
 * The whole message tree as a Translate, for shared code that takes full keys ("coupon.uses.left"), in
 * client components: it sees only what the page's WordsProvider handed it.
 */
export function useWords(): Translate {
  return useTranslations();
}
