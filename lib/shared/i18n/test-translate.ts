// Translators for unit tests: the real message files through next-intl's own createTranslator, so a
// test reads exactly what a shopper reads in that language.
import { createTranslator } from "next-intl";
import ar from "@/messages/ar.json";
import en from "@/messages/en.json";
import hi from "@/messages/hi.json";
import type { AppLocale } from "./locales";
import type { Translate } from "./translate";

const MESSAGES = { en, hi, ar } as const;

export function translatorFor(locale: AppLocale): Translate {
  // A missing message or argument fails the test instead of printing the key.
  const t = createTranslator({
    locale,
    messages: MESSAGES[locale] as Record<string, unknown>,
    onError: (error) => {
      throw error;
    },
  });
  return (key, values) => (t as unknown as Translate)(key, values);
}

/** English words, for tests that read what the default language says. */
export const EN: Translate = translatorFor("en");
