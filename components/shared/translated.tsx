import { getLocale, getMessages } from "next-intl/server";
import { pickMessages } from "@/lib/shared/i18n/pick-messages";
import { WordsProvider } from "./words-client";

/**
 * Hands the client components below it the messages of the given namespaces (or parts of them, or single
 * messages: "common.tryAgain"; less those in `without`), in the visitor's language only (precompiled, see
 * words-client.tsx). Server components need none of this: they translate with
 * next-intl on the server and send text.
 */
export async function Translated({
  namespaces,
  without,
  children,
}: {
  namespaces: readonly string[];
  without?: readonly string[];
  children: React.ReactNode;
}) {
  const [locale, messages] = await Promise.all([getLocale(), getMessages()]);
  return (
    <WordsProvider locale={locale} messages={pickMessages(messages, namespaces, without) as never}>
      {children}
    </WordsProvider>
  );
}
