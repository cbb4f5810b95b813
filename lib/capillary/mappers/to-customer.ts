import "server-only";

import { nonEmpty } from "./map-context";
import type { RawCustomer } from "../schemas/customer";
import type { CustomerProfile } from "../types";

/**
 * Capillary keeps names and identifiers per source profile (`profiles[]`); the wallet needs one person:
 * the first non-empty name wins and identifiers are merged without duplicates.
 */
export function toCustomerProfile(raw: RawCustomer): CustomerProfile {
  const identifiers: CustomerProfile["identifiers"] = [];
  const seen = new Set<string>();
  const lists = [raw.identifiers, ...raw.profiles.map((profile) => profile.identifiers ?? [])];
  for (const list of lists) {
    for (const { type, value } of list) {
      const key = `${type}\u0000${value}`;
      if (type === "" || value === "" || seen.has(key)) continue;
      seen.add(key);
      identifiers.push({ type, value });
    }
  }
  const firstOf = (
    pick: (p: { firstName?: string | undefined; lastName?: string | undefined }) => string | undefined,
  ) => [raw, ...raw.profiles].map((p) => nonEmpty(pick(p))).find((name) => name !== null) ?? null;
  return {
    id: raw.id,
    firstName: firstOf((p) => p.firstName),
    lastName: firstOf((p) => p.lastName),
    identifiers,
  };
}
