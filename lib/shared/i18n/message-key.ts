// The keys of the app's messages, checked by the compiler: English is the reference every other
// language must match (messages.test.ts), so its shape is the list of what can be said.
import type english from "@/messages/en.json";
import type { TranslationValues } from "./translate";

type Leaves<Tree, Prefix extends string = ""> = {
  [Key in keyof Tree & string]: Tree[Key] extends string
    ? `${Prefix}${Key}`
    : Leaves<Tree[Key], `${Prefix}${Key}.`>;
}[keyof Tree & string];

export type MessageKey = Leaves<typeof english>;

/**
 * Something to say, not yet in words: its message key and arguments. Kept this way until the reader is
 * known, so an API error, a check of what was typed or a refusal reads in the language of whoever asks.
 */
export interface Saying {
  key: MessageKey;
  values?: TranslationValues;
}

/** A message key where only a string is accepted (zod's messages), still checked by the compiler. */
export const messageKey = (key: MessageKey): string => key;
