// What the "Customer" field and `GET /api/customers?…` accept: a mobile, e-mail, external id, card number
// or Capillary customer id. Pure: used by the console (to guess) and by the routes (to validate).
import type { Translate } from "@/lib/shared/i18n/translate";
import { parseShopperIdentifier } from "@/lib/shared/identifier";

export const CUSTOMER_QUERY_KINDS = ["id", "mobile", "email", "externalId", "cardNumber"] as const;
export type CustomerQueryKind = (typeof CUSTOMER_QUERY_KINDS)[number];
export interface CustomerQuery {
  by: CustomerQueryKind;
  value: string;
}

const CUSTOMER_ID = /^[1-9]\d{0,18}$/;
// External ids and card numbers are the brand's own: any printable text, bounded.
const FREE_TEXT = /^[^\u0000-\u001f\u007f]{1,64}$/;

/** The value normalised for Capillary, or null when it can't be one of `by`. */
export function normaliseCustomerQuery(by: CustomerQueryKind, raw: string): CustomerQuery | null {
  // Look-alike characters (full-width or Arabic-Indic digits) are refused, not mapped, for ids and numbers.
  if (by !== "externalId" && !/^[\x20-\x7e]*$/.test(raw)) return null;
  const value = raw.normalize("NFKC").trim();
  switch (by) {
    case "id":
      return CUSTOMER_ID.test(value) ? { by, value } : null;
    case "mobile":
    case "email": {
      const parsed = parseShopperIdentifier(value);
      return parsed?.type === by ? { by, value: parsed.value } : null;
    }
    default:
      return FREE_TEXT.test(value) ? { by, value } : null;
  }
}

/**
 * What an API caller sent, as the routes take it: normalised, except that an id must come exactly as a
 * Capillary id is written (" 123" is a mistake to point out, not to guess at). Null when it can't be one.
 */
export function exactCustomerQuery(by: CustomerQueryKind, raw: string): CustomerQuery | null {
  const query = normaliseCustomerQuery(by, raw);
  return by === "id" && query?.value !== raw ? null : query;
}

/**
 * Readings of free text, most likely first, for "Search by: Any". Digits are ambiguous (a 10-digit number
 * may be a mobile or a card), so the console tries each reading in turn until one finds a customer.
 */
export function guessCustomerQueries(text: string): CustomerQuery[] {
  const value = text.normalize("NFKC").trim();
  if (value === "") return [];
  const readings: CustomerQueryKind[] = [];
  if (value.includes("@")) readings.push("email", "externalId");
  else if (/^\+[\d\s().-]+$/.test(value)) readings.push("mobile");
  else if (/^[\d\s().-]+$/.test(value)) {
    const digits = value.replace(/\D/g, "").length;
    if (digits <= 9) readings.push("id", "cardNumber", "externalId");
    else if (digits === 10) readings.push("mobile", "cardNumber", "id", "externalId");
    else if (digits <= 15) readings.push("mobile", "id", "cardNumber", "externalId");
    else readings.push("cardNumber", "id", "externalId");
  } else readings.push("externalId", "cardNumber");
  const numeric = /^[\d\s().-]+$/.test(value) ? value.replace(/\D/g, "") : value;
  return readings
    .map((by) => normaliseCustomerQuery(by, by === "cardNumber" || by === "id" ? numeric : value))
    .filter((query): query is CustomerQuery => query !== null);
}

export function customerQueryLabel(by: CustomerQueryKind, t: Translate): string {
  return t(`staff.identifier.${by}`);
}
