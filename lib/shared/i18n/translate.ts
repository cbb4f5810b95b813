// The one shape of "words" that shared code (lib/shared) asks for: next-intl's translator on either side
// (getTranslations on the server, useTranslations in the browser), or createTranslator in tests. Shared
// code never imports messages itself, so the browser gets only what a page's provider hands it.

export type TranslationValues = Record<string, string | number>;
export type Translate = (key: string, values?: TranslationValues) => string;

/** Options that carry words: the messages of the visitor's language. */
export interface Wording {
  t: Translate;
}
