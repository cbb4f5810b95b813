// The staff API's POST routes (lib/server/http/staff-post.ts guards them all) and hostile bodies for each,
// for e2e/hostile-input.spec.ts. Every gate is probed with bodies that would otherwise pass, so a refusal
// can only be that gate's; the error message a probe expects says which gate it was.
import { ASHA } from "../../test/support/demo";
import { BAD_IDS, LONG, type Probe } from "./hostile-requests";

/** A till of the suite's STAFF_TILLS (test/support/demo.ts), as a tablet is set to it. */
export const DEMO_TILL = "TILL:blr-indiranagar.till1";

/** Chitra's coupon: redeemed for Asha it is refused before anything is sent (and so never redeemed). */
export const NOT_ASHAS_CODE = "MARKUP2024";

/** A redeem that passes every check of its body: refused only as "not this customer's" coupon. */
export function redeemBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    customerId: ASHA.customerId,
    code: NOT_ASHAS_CODE,
    billNumber: "B-1001",
    billAmount: "500",
    attemptId: `hostile-${Date.now()}-${Math.random().toString(36).slice(2, 10)}`,
    ...overrides,
  };
}

/** Each staff POST route with a body that route accepts (for staff.demo, a redeem-role account). */
export const STAFF_POSTS: ReadonlyArray<{ path: string; data: Record<string, unknown> }> = [
  { path: "/api/customers", data: { by: "mobile", value: ASHA.mobile } },
  { path: "/api/coupons", data: { codes: ["WL2ZBJZK"], case: "UPPER" } },
  { path: "/api/staff/redeem", data: redeemBody({ attemptId: "hostile-never-processed-0001" }) },
  { path: "/api/staff/undo", data: { ref: "abcdefghijklmnop" } },
  { path: "/api/staff/reveal", data: { customerId: ASHA.customerId, field: "mobile" } },
  { path: "/api/staff/lock", data: {} },
  { path: "/api/staff/unlock", data: { pin: "2468" } },
  { path: "/api/staff/pin", data: { pin: "2468" } },
  { path: "/api/staff/presence", data: {} },
  { path: "/api/staff/till", data: { till: DEMO_TILL } },
];

/** Every staff POST route with its good body, changed by `change`. */
export function toEveryStaffPost(change: Omit<Probe, "method" | "path">): Probe[] {
  return STAFF_POSTS.map(({ path, data }) => ({ method: "POST", path, data, ...change }));
}

export const CROSS_SITE = /Cross-site request refused/;
export const FORM_EXPIRED = /form has expired/;
export const BILL_NUMBER = /bill number/;
export const BILL_AMOUNT = /bill amount|Bill amounts above/;

/** Origins other than the app's own; `app` is its origin, e.g. http://127.0.0.1:3200. */
export function foreignOrigins(app: string): string[] {
  const { host, port } = new URL(app);
  return [
    "https://evil.example",
    "null",
    `http://localhost:${port}`,
    `http://127.0.0.1:${Number(port) + 1}`,
    `http://${host}@evil.example`,
    `${app}.evil.example`,
    "not a url",
  ];
}

/** CSRF headers that are not this context's token: none, empty, well-formed but wrong, and padded. */
export const WRONG_CSRF_TOKENS: Array<string | null> = [null, "", "0".repeat(64), "not-the-token"];

/** Bodies a JSON route must refuse whoever sends them: not JSON, not declared JSON, or over 4,096 chars. */
export function envelopeProbes(path: string, good: Record<string, unknown>): Probe[] {
  const json = JSON.stringify(good);
  const raw = (body: string, contentType?: string): Probe => ({
    method: "POST",
    path,
    raw: body,
    expected: [400],
    ...(contentType ? { contentType } : {}),
  });
  return [
    raw(json, "text/plain"),
    raw(json, "application/x-www-form-urlencoded"),
    raw(json, "multipart/form-data; boundary=x"),
    raw("a=1&b=2", "application/x-www-form-urlencoded"),
    raw(""),
    raw("{"),
    raw("not json"),
    raw("{'by':'id'}"),
    raw('{"a":NaN}'),
    raw("null"),
    raw("[]"),
    raw('"x"'),
    raw(JSON.stringify({ ...good, pad: "x".repeat(4_100) })),
  ];
}

/** `POST /api/staff/redeem` bodies with one field wrong; all else as `redeemBody()`. */
export function badRedeemBodies(): Array<{ data: unknown; message?: RegExp }> {
  const the = (field: string, values: unknown[], message?: RegExp) =>
    values.map((value) => ({ data: redeemBody({ [field]: value }), ...(message ? { message } : {}) }));
  const without = (field: string) => {
    const body = redeemBody();
    delete body[field];
    return { data: body };
  };
  return [
    ...the("customerId", [...BAD_IDS, 500000001, null, ["500000001"]], /customerId/),
    ...the(
      "code",
      ["", "A,B", "WL2ZBJZK,PT4I43YN", "A".repeat(65), "<b>x</b>", "ＡＢＣＤ", "WL2ZBJZК", "A B", 42, null],
      /code/,
    ),
    ...the("code", [[NOT_ASHAS_CODE]], /code/),
    ...the("code", [LONG]),
    ...the(
      "attemptId",
      [
        "",
        "short",
        "x".repeat(15),
        "x".repeat(65),
        "has space 00000000",
        "../../../../etc/passwd",
        "ａ".repeat(16),
      ],
      /attemptId/,
    ),
    ...the("attemptId", [1234567890123456, null, { id: "x" }]),
    ...["customerId", "code", "attemptId", "billNumber", "billAmount"].map(without),
    { data: [redeemBody()] },
  ];
}

/** Bill numbers the till must refuse: empty, 51 characters, control characters, non-ASCII, not text. */
export const BAD_BILL_NUMBERS: unknown[] = [
  "",
  "   ",
  "B".repeat(51),
  "B\u00001",
  "B\n1",
  "B\t1",
  "B\u007f1",
  "B\u001b[31m1",
  "Bé1",
  "Б-1001",
  "B\u{1F600}",
  "ＢＩＬＬ1",
  "B\u200b1",
  42,
  null,
  true,
  [],
  {},
  ["B-1001"],
];

/** Bill amounts the till must refuse: not positive, three decimals, exponents, not numbers, above the max. */
export const BAD_BILL_AMOUNTS: unknown[] = [
  -1,
  "-1",
  0,
  "0",
  "0.00",
  12.345,
  "12.345",
  0.1 + 0.2,
  "1e3",
  "5e2",
  1e21,
  1e-7,
  "NaN",
  "Infinity",
  "-Infinity",
  "1000000.01",
  1000000.01,
  "1000001",
  1_000_001,
  "12345678901.00",
  "500.",
  ".5",
  "0500",
  "0x1F4",
  "1,000",
  "₹500",
  "५००",
  "500\u0000",
  "",
  null,
  true,
  [],
  {},
  ["500"],
];

/** `POST /api/staff/reveal` bodies that do not name one customer's one field. */
export const BAD_REVEAL_BODIES: unknown[] = [
  {},
  { customerId: ASHA.customerId },
  { field: "mobile" },
  { customerId: "0", field: "mobile" },
  { customerId: "abc", field: "mobile" },
  { customerId: " 500000001", field: "mobile" },
  { customerId: "1".repeat(20), field: "mobile" },
  { customerId: 500000001, field: "mobile" },
  { customerId: ASHA.customerId, field: "password" },
  { customerId: ASHA.customerId, field: "MOBILE" },
  { customerId: ASHA.customerId, field: "" },
  { customerId: ASHA.customerId, field: ["mobile"] },
  { customerId: ASHA.customerId, field: null },
  { customerId: ASHA.customerId, field: "code", couponId: "abc" },
  { customerId: ASHA.customerId, field: "code", couponId: "-1" },
  { customerId: ASHA.customerId, field: "code", couponId: "1".repeat(20) },
  { customerId: ASHA.customerId, field: "code", couponId: 700000101 },
];

/** Undo references that are not one (16 of [\w-]). */
export const BAD_UNDO_BODIES: unknown[] = [
  {},
  { ref: "" },
  { ref: "short" },
  { ref: "x".repeat(15) },
  { ref: "x".repeat(17) },
  { ref: "../../etc/passwd" },
  { ref: "ａ".repeat(16) },
  { ref: "abcdefghijklmno\n" },
  { ref: 1234567890123456 },
  { ref: null },
  { ref: ["abcdefghijklmnop"] },
];

/** Tills that are not exactly one of STAFF_TILLS (and cookie attributes smuggled in one). */
export const BAD_TILL_BODIES: unknown[] = [
  {},
  { till: "" },
  { till: "TILL:nope" },
  { till: "TILL:" },
  { till: DEMO_TILL.toLowerCase() },
  { till: `${DEMO_TILL} ` },
  { till: ` ${DEMO_TILL}` },
  { till: DEMO_TILL.replace("TILL:", "STORE_CODE:") },
  { till: `${DEMO_TILL},TILL:mum-bandra.till1` },
  { till: `${DEMO_TILL}=Indiranagar till 1` },
  { till: `${DEMO_TILL}; Domain=evil.example` },
  { till: "x".repeat(81) },
  { till: 5 },
  { till: null },
  { till: [DEMO_TILL] },
];

/** PINs that are not 4-8 ASCII digits. */
export const BAD_PIN_BODIES: unknown[] = [
  {},
  { pin: "" },
  { pin: "123" },
  { pin: "123456789" },
  { pin: "12a4" },
  { pin: "١٢٣٤" },
  { pin: " 1234" },
  { pin: "1234 " },
  { pin: "12.4" },
  { pin: 1234 },
  { pin: null },
  { pin: ["1234"] },
];

/** Unlock bodies that are neither a password nor a PIN (none gets as far as checking one). */
export const BAD_UNLOCK_BODIES: unknown[] = [
  {},
  { password: "" },
  { password: "x".repeat(257) },
  { password: 123 },
  { password: null },
  { pin: "12" },
  { pin: 1234 },
  { pin: "abcd" },
  { secret: "demo-staff-pass" },
];
