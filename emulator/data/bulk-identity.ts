// Who a bulk customer is: id 900000000+N, identifiers derived from N, and coupon codes that encode
// (N, index) so any code can be traced to its owner without building the owner's whole list.
import type { CustomerProfile } from "./types";

export const BULK_BASE_ID = 900000000;
export const BULK_MAX = 20000;

const b36 = (n: number) => n.toString(36).toUpperCase().padStart(4, "0");

export function bulkCode(n: number, index: number): string {
  return `BK${b36(n)}${b36(index)}`;
}

/** The (N, index) a bulk code stands for, or null. Case-insensitive: callers apply coupon_code_case. */
export function decodeBulkCode(code: string): { n: number; index: number } | null {
  const m = /^BK([0-9A-Z]{4})([0-9A-Z]{4})$/.exec(code.toUpperCase());
  if (!m?.[1] || !m[2]) return null;
  const n = parseInt(m[1], 36);
  const index = parseInt(m[2], 36);
  return n >= 1 && n <= BULK_MAX && index < n && bulkCode(n, index) === code.toUpperCase()
    ? { n, index }
    : null;
}

export function bulkN(customerId: number): number | null {
  const n = customerId - BULK_BASE_ID;
  return Number.isInteger(n) && n >= 1 && n <= BULK_MAX ? n : null;
}

export function bulkProfile(n: number): CustomerProfile {
  return {
    id: BULK_BASE_ID + n,
    firstName: "Bulk",
    lastName: `Customer ${n}`,
    // 91800 + N in 7 digits: never collides with the hand-made demo mobiles (9190000000xx).
    mobile: `91800${String(n).padStart(7, "0")}`,
    email: `bulk${n}@example.com`,
    externalId: `BULK${n}`,
    cardnumber: `8${String(n).padStart(9, "0")}`,
  };
}

/** Reverse of the bulk identifiers above, or null when the value is not a bulk customer's. */
export function bulkNFromIdentifier(name: string, value: string): number | null {
  const patterns: Record<string, RegExp> = {
    mobile: /^91800(\d{7})$/,
    email: /^bulk(\d{1,5})@example\.com$/,
    externalId: /^BULK(\d{1,5})$/,
    cardnumber: /^8(\d{9})$/,
  };
  const m = patterns[name]?.exec(value);
  if (!m?.[1]) return null;
  const n = Number(m[1]);
  const canonical = bulkProfile(n)[name as "mobile"];
  return n >= 1 && n <= BULK_MAX && canonical === value ? n : null;
}
