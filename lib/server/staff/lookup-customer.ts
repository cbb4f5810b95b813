import "server-only";
import { getCapillary, type CustomerLookup } from "@/lib/capillary";
import type { CustomerProfile } from "@/lib/capillary";
import type { CustomerQuery } from "@/lib/shared/staff/customer-query";

const LOOKUP_TYPE: Record<Exclude<CustomerQuery["by"], "id">, CustomerLookup["type"]> = {
  mobile: "mobile",
  email: "email",
  externalId: "externalId",
  cardNumber: "cardnumber",
};

/** By id: the profile call; otherwise `/v2/customers/lookup/customerDetails`, which answers in one call. */
export async function findCustomer(query: CustomerQuery): Promise<CustomerProfile | null> {
  const capillary = getCapillary();
  if (query.by === "id") return capillary.getCustomerProfile(query.value);
  return capillary.lookupCustomerDetails({ type: LOOKUP_TYPE[query.by], value: query.value });
}
