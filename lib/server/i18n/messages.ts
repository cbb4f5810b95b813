import "server-only";

import type { AbstractIntlMessages } from "next-intl";
import type { AppLocale } from "@/lib/shared/i18n/locales";

/**
 * One language's messages. Imported by path so that next-intl's loader (next.config.js) precompiles the
 * ICU messages at build time: the browser gets no message parser.
 */
export async function loadMessages(locale: AppLocale): Promise<AbstractIntlMessages> {
  return ((await import(`../../../messages/${locale}.json`)) as { default: AbstractIntlMessages }).default;
}
