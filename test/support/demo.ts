// The emulator's demo accounts (emulator/data, README "Demo accounts") that tests and the benchmark use.
export const ASHA = { customerId: "500000001", mobile: "919000000001" } as const;
export const BEN_EMPTY = { customerId: "500000002", mobile: "919000000002" } as const;
export const CHITRA_MARKUP = { customerId: "500000003", mobile: "919000000003" } as const;
/** Customers of Capillary's documentation, given demo mobiles by the emulator so tests can sign in as them. */
export const DOCS_343040815 = { customerId: "343040815", mobile: "919100000002" } as const;

/** The emulator's generated customer with `n` coupons: id 900000000 + n, mobile 91800 + n in 7 digits. */
export function bulkCustomer(n: number) {
  return { customerId: String(900000000 + n), mobile: `91800${String(n).padStart(7, "0")}` };
}
export const BULK_1000 = bulkCustomer(1000);

/** The demo members of staff (one password for all three), and their STAFF_USERS entries (scrypt hashes). */
export const DEMO_STAFF = { username: "staff.demo", password: "demo-staff-pass" } as const;
export const DEMO_LOOKUP_STAFF = { username: "staff.lookup", password: "demo-staff-pass" } as const;
export const DEMO_MANAGER = { username: "staff.manager", password: "demo-staff-pass" } as const;
const DEMO_HASH = "scrypt$65536$8$1$YA3ji3oohyi20p_pwwTe3g$iyVjk415UpBsleXsY9Rrl5g6LD-loadDLxkkHdHyyi8";
export const DEMO_STAFF_USERS = `staff.demo:${DEMO_HASH},staff.lookup:${DEMO_HASH}:lookup,staff.manager:${DEMO_HASH}:manager`;
/** The emulator's stores' tills (emulator/data/stores.ts) a demo tablet can be set to. */
export const DEMO_TILLS =
  "TILL:blr-indiranagar.till1=Indiranagar till 1,TILL:blr-koramangala.till1=Koramangala till 1,TILL:mum-bandra.till1=Bandra West till 1,STORE_CODE:online=Online store";
