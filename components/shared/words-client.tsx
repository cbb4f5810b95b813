"use client";

// The browser's side of the app's words: the page's messages (precompiled at build time by next-intl's
// loader, see next.config.js) formatted with icu-minify's formatter, under 1 kB. next-intl's own client
// runtime (its provider, config and formatter set-up) cost the wallet's first load about 5 kB gzip for
// features the browser never uses here; server components keep using next-intl itself.
import formatMessage, { type CompiledMessage } from "icu-minify/format";
import { createContext, Fragment, isValidElement, use, useMemo, type ReactNode } from "react";
import { numberFormat } from "@/lib/shared/coupons/intl";

type Messages = { [key: string]: CompiledMessage | Messages };
interface Words {
  locale: string;
  messages: Messages;
}

const WordsContext = createContext<Words>({ locale: "en", messages: {} });

export function WordsProvider({ locale, messages, children }: Words & { children: ReactNode }) {
  const value = useMemo(() => ({ locale, messages }), [locale, messages]);
  return <WordsContext value={value}>{children}</WordsContext>;
}

const pluralRules = new Map<string, Intl.PluralRules>();
const formatters = {
  // Through the app's memoised formatters, so "#" in a plural shares them (and the first-paint seeds).
  getNumberFormat: (locale?: string | string[], options?: Intl.NumberFormatOptions) =>
    numberFormat(String(locale), options ?? {}) as unknown as Intl.NumberFormat,
  getPluralRules: (locale?: string | string[], options?: Intl.PluralRulesOptions) => {
    const key = `${String(locale)}|${options?.type ?? "cardinal"}`;
    let rules = pluralRules.get(key);
    if (!rules) pluralRules.set(key, (rules = new Intl.PluralRules(locale, options)));
    return rules;
  },
  getDateTimeFormat: (locale?: string | string[], options?: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat(locale, options),
};

type Values = Record<string, string | number>;
type RichValues = Record<string, string | number | ((chunks: ReactNode[]) => ReactNode)>;

function lookup(messages: Messages, key: string): CompiledMessage | undefined {
  let node: CompiledMessage | Messages | undefined = messages;
  for (const part of key.split(".")) {
    if (node === undefined || typeof node === "string" || Array.isArray(node)) return undefined;
    node = node[part];
  }
  return typeof node === "string" || Array.isArray(node) ? node : undefined;
}

export interface Translator {
  (key: string, values?: Values): string;
  rich(key: string, values: RichValues): ReactNode;
}

export function translator(locale: string, messages: Messages, namespace: string | undefined): Translator {
  const message = (key: string) => {
    const full = namespace ? `${namespace}.${key}` : key;
    const found = lookup(messages, full);
    // A missing message shows its key (as next-intl does): visible, never a crash at the till.
    if (found === undefined) console.error(`Missing message: ${full} (${locale})`);
    return found ?? full;
  };
  const plain = (key: string, values?: Values) =>
    String(formatMessage(message(key), locale, values, { formatters }));
  const rich = (key: string, values: RichValues): ReactNode => {
    const out = formatMessage<ReactNode>(message(key), locale, values, { formatters });
    if (!Array.isArray(out)) return out;
    return out.map((part, index) => (isValidElement(part) ? <Fragment key={index}>{part}</Fragment> : part));
  };
  return Object.assign(plain, { rich });
}

/** next-intl's useTranslations, for client components: the same keys, namespaces and ICU messages. */
export function useTranslations(namespace?: string): Translator {
  const { locale, messages } = use(WordsContext);
  return useMemo(() => translator(locale, messages, namespace), [locale, messages, namespace]);
}
