// What the till says (refusals, answers Capillary did not give), kept without language: a message key
// under `till` and its arguments. The words are written when an answer is sent, in the language of the
// request, so a repeat of an attempt answered to an Arabic tablet reads in Hindi on a Hindi one.

import { formatMoney, type MoneyOptions } from "@/lib/shared/coupons";
import type { Wording } from "@/lib/shared/i18n/translate";

export interface TillSaying {
  /** A key under `till` in the message files. */
  key: string;
  /** Capillary's result code, for a code without words of its own. */
  code?: number;
  /** An amount of the brand's money, written in the reader's number format. */
  amount?: number;
  bill?: string;
}

export function sayAtTill({ key, amount, ...values }: TillSaying, options: MoneyOptions & Wording): string {
  return options.t(`till.${key}`, {
    ...values,
    ...(amount === undefined ? {} : { amount: formatMoney(amount, options) }),
  });
}
