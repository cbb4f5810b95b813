// A small made-up store network for demo issuance and redemptions. Ids are what `redeemAtStore` and
// `storeIdsJson` refer to.
import type { V2StoreRef } from "./types";

export interface DemoStore {
  id: number;
  code: string;
  name: string;
  till: { id: number; code: string; name: string };
}

function store(id: number, code: string, name: string): DemoStore {
  return { id, code, name, till: { id: id * 10 + 1, code: `${code}.till1`, name: `${name} till 1` } };
}

export const STORES = {
  indiranagar: store(101, "blr-indiranagar", "Indiranagar, Bengaluru"),
  koramangala: store(102, "blr-koramangala", "Koramangala, Bengaluru"),
  bandra: store(103, "mum-bandra", "Bandra West, Mumbai"),
  saket: store(104, "del-saket", "Saket, New Delhi"),
  online: store(105, "online", "Online store"),
} as const;

export const STORE_LIST: readonly DemoStore[] = Object.values(STORES);

/** The `issuedAt` object of a v2 coupon, laid out like the docs' examples. */
export function issuedAtRef(s: DemoStore): V2StoreRef {
  return {
    id: s.id,
    code: s.code,
    description: s.name,
    name: s.name,
    type: "STORE",
    adminType: "GENERAL",
    isOrgUnit: false,
  };
}
