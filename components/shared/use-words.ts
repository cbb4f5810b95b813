import { useTranslations } from "next-intl";
import type { Translate } from "@/lib/shared/i18n/translate";

/**
 * The whole message tree as a Translate, for shared code that takes full keys ("coupon.uses.left"). Works
 * in server and client components alike; in the browser it sees only what the page's provider handed it.
 */
export function useWords(): Translate {
  return useTranslations() as unknown as Translate;
}
