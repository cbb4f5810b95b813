import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import { pickMessages } from "@/lib/shared/i18n/pick-messages";

/**
 * Hands the client components below it the messages of the given namespaces, in the visitor's language
 * only. Server components need none of this: they translate on the server and send text.
 */
export async function Translated({
  namespaces,
  children,
}: {
  namespaces: readonly string[];
  children: React.ReactNode;
}) {
  const messages = await getMessages();
  return (
    <NextIntlClientProvider messages={pickMessages(messages, namespaces)}>{children}</NextIntlClientProvider>
  );
}
