import "server-only";

import { createTranslator } from "next-intl";
import { getTranslations } from "next-intl/server";
import { getEnv } from "@/lib/server/env";
import type { AppLocale } from "@/lib/shared/i18n/locales";
import type { Translate } from "@/lib/shared/i18n/translate";
import { loadMessages } from "./messages";

/** This request's words (the visitor's language), for shared code that takes a Translate. */
export async function getWords(): Promise<Translate> {
  const t = await getTranslations();
  return (key, values) => t(key, values);
}

/**
 * Words in a given language outside any request (a reminder sent by a timer has no visitor): the brand's
 * default unless told otherwise.
 */
export async function wordsIn(locale: AppLocale = getEnv().display.defaultLanguage): Promise<Translate> {
  const t = createTranslator({ locale, messages: await loadMessages(locale) });
  return (key, values) => t(key as never, values as never);
}
