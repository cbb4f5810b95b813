// The emulator's demo customers (emulator/data) that the end-to-end tests sign in as.
export const ASHA = { customerId: "500000001", mobile: "919000000001" } as const;
export const BEN_EMPTY = { customerId: "500000002", mobile: "919000000002" } as const;
export const CHITRA_MARKUP = { customerId: "500000003", mobile: "919000000003" } as const;
/** Customers of Capillary's documentation, given demo mobiles by the emulator so tests can sign in as them. */
export const DOCS_565032176 = { customerId: "565032176", mobile: "919100000001" } as const;
export const DOCS_343040815 = { customerId: "343040815", mobile: "919100000002" } as const;
/** A generated customer with 1,000 coupons (the emulator makes one for any id 900000000 + N). */
export const BULK_1000 = { customerId: "900001000", mobile: "918000001000" } as const;
