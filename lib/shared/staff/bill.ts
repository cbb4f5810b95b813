// A bill as the counter types it, checked the same way in the form and in the route: nothing malformed
// reaches Capillary, and a slip of the finger (three extra zeros) is caught before the coupon is spent.

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
      /** Which rule failed, for the console to say in the cashier's language (staff.bill.*). */
      reason: "number" | "amount" | "tooMuch";
      /** The API's English message. */
      error: string;
    };

export function parseBill(billNumber: unknown, billAmount: unknown, maxAmount: number): BillCheck {
  const number = typeof billNumber === "string" ? billNumber.trim() : "";
  if (!BILL_NUMBER.test(number))
    return {
      ok: false,
      field: "billNumber",
      reason: "number",
      error: "Enter the bill number: up to 50 letters, digits or symbols, as printed on the bill.",
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
      reason: "amount",
      error: "Enter the bill amount: more than 0, at most two decimals.",
    };
  if (amount > maxAmount)
    return {
      ok: false,
      field: "billAmount",
      reason: "tooMuch",
      error: `Bill amounts above ${maxAmount} are not accepted here.`,
    };
  return { ok: true, bill: { billNumber: number, billAmount: amountText } };
}
