// A customer's coupons as Capillary would answer now: the generated data with this emulator's redemptions
// applied (ledger.ts), and how a request names the customer (`id`, `mobile`, `email`, `externalId`).
import { findCustomer, findCustomerByIdentifier } from "./data/catalog";
import type { CustomerRecord, V2Coupon } from "./data/types";
import { isRecord, parsePositiveId } from "./http";
import { withLedger } from "./ledger";
import type { EmulatorState } from "./state";

export function couponsNow(customer: CustomerRecord, state: EmulatorState, now: Date): V2Coupon[] {
  return customer.coupons(now).map((c) => withLedger(c, customer.profile.id, state.ledger));
}

/** The customer a query string or a `user` object names, by the first identifier given. */
export function customerNamed(source: URLSearchParams | Record<string, unknown>): CustomerRecord | undefined {
  const get = (name: string) => {
    const value = source instanceof URLSearchParams ? source.get(name) : source[name];
    return typeof value === "string" || typeof value === "number" ? String(value) : undefined;
  };
  const id = get("id");
  if (id !== undefined) {
    const parsed = parsePositiveId(id);
    return parsed === null ? undefined : findCustomer(parsed);
  }
  for (const name of ["mobile", "email", "externalId"] as const) {
    const value = get(name);
    if (value !== undefined) return findCustomerByIdentifier(name, value);
  }
  return undefined;
}

export const asRecord = (value: unknown): Record<string, unknown> => (isRecord(value) ? value : {});
