import type { AbstractIntlMessages } from "next-intl";

/** Only the namespaces a page's client components use: the browser never gets the rest of the messages. */
export function pickMessages(
  messages: AbstractIntlMessages,
  namespaces: readonly string[],
): AbstractIntlMessages {
  return Object.fromEntries(namespaces.filter((n) => n in messages).map((n) => [n, messages[n]!]));
}
