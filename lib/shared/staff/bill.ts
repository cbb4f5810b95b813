// A bill as the counter types it, checked the same way in the form and in the route: nothing malformed
// reaches Capillary, and a slip of the finger (three extra zeros) is caught before the coupon is spent.

import type { Saying } from "@/lib/shared/i18n/message-key";

/** Printable ASCII, 1-50 characters, not starting with a space: what tills print as bill numbers. */
const BILL_NUMBER = /^[\x21-\x7e][\x20-\x7e]{0,49}$/;
const AMOUNT = /^(?:0|[1-9]\d{0,9})(?:\.\d{1,2})?$/;

export interface Bill {
  billNumber: string;
  /** As Capillary's examples send it: a decimal string, at most two decimals. */
  billAmount: string;
}

export type BillCheck =
  | { ok: true; bill: Bill }
  | {
      ok: false;
      field: "billNumber" | "billAmount";
      /** Which rule failed, to say in the language of whoever typed it (the console's or the API's). */
      saying: Saying;
    };

export function parseBill(billNumber: unknown, billAmount: unknown, maxAmount: number): BillCheck {
  const number = typeof billNumber === "string" ? billNumber.trim() : "";
  if (!BILL_NUMBER.test(number))
    return {
      ok: false,
      field: "billNumber",
      saying: { key: "staff.redeem.bill.number" },
    };
  const amountText =
    typeof billAmount === "number"
      ? String(billAmount)
      : typeof billAmount === "string"
        ? billAmount.trim()
        : "";
  const amount = Number(amountText);
  if (!AMOUNT.test(amountText) || !(amount > 0))
    return {
      ok: false,
      field: "billAmount",
      saying: { key: "staff.redeem.bill.amount" },
    };
  if (amount > maxAmount)
    return {
      ok: false,
      field: "billAmount",
      saying: { key: "staff.redeem.bill.tooMuch", values: { max: maxAmount } },
    };
  return { ok: true, bill: { billNumber: number, billAmount: amountText } };
}
