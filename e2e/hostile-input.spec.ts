import { encode } from "next-auth/jwt";
import { ASHA } from "../test/support/demo";
import { expect, test, type APIRequestContext, type BrowserContext } from "./fixtures";
import {
  BAD_CASES,
  BAD_CODES,
  BAD_CUSTOMER_BODIES,
  BAD_IDS,
  LONG,
  OLD_LOOKUP_URLS,
  OTHER,
  STAFF_GET_ROUTES,
  expectAllRefused,
  gets,
  inPath,
  posts,
  type Probe,
} from "./support/hostile-requests";
import {
  BAD_BILL_AMOUNTS,
  BAD_BILL_NUMBERS,
  BAD_PIN_BODIES,
  BAD_REVEAL_BODIES,
  BAD_TILL_BODIES,
  BAD_UNDO_BODIES,
  BAD_UNLOCK_BODIES,
  BILL_AMOUNT,
  BILL_NUMBER,
  CROSS_SITE,
  DEMO_TILL,
  FORM_EXPIRED,
  STAFF_POSTS,
  WRONG_CSRF_TOKENS,
  badRedeemBodies,
  envelopeProbes,
  foreignOrigins,
  redeemBody,
  toEveryStaffPost,
} from "./support/hostile-staff-posts";
import { E2E_SESSION_SECRET } from "./support/ports";
import type { SavedSession } from "./support/saved-sessions";
import { mintStaffSession, staffApi } from "./support/staff-api";

// Hostile requests across every route, one test per route or family, so the first failure hides none of
// the others. Each request must get the right 4xx (for the staff API's gates, for the right reason), none
// may reach Capillary (this worker's emulator counts no call while a family is sent), and the app must
// keep serving afterwards. Writes are sent as the console sends them (Origin, CSRF token, JSON) unless a
// probe takes one of those away.

interface Family {
  name: string;
  /**
   * Whose session sends them; none: signed out. `freshStaff`: a staff.demo session of the test's own, so a
   * probe that got through could lock or re-till only that session, never the saved one other tests use.
   */
  who?: SavedSession | "freshStaff";
  /** Set the tablet's till first: a redeem from a tablet without one is refused before its bill is read. */
  withTill?: boolean;
  /** The probes, given the app's origin (some name origins near it). */
  probes: (app: string) => Probe[];
}

const REDEEM = "/api/staff/redeem";
const methods = (path: string, list: Array<Probe["method"]>, data: unknown = {}): Probe[] =>
  list.map((method) => ({ method, path, expected: [405], ...(method === "GET" ? {} : { data }) }));

const FAMILIES: Family[] = [
  {
    name: "signed out, the wallet and every staff route answer 401",
    probes: () => [
      ...gets(["/api/wallet", `/api/wallet?customerId=${OTHER}`, ...STAFF_GET_ROUTES], [401]),
      ...toEveryStaffPost({ expected: [401], message: /Sign in to the staff console/ }),
    ],
  },
  {
    name: "signed out, writes without the app's Origin answer 403, other methods 405",
    probes: () => [
      ...toEveryStaffPost({ origin: null, expected: [403], message: CROSS_SITE }),
      ...methods("/api/wallet", ["POST", "PUT", "DELETE"]),
      ...STAFF_POSTS.flatMap(({ path, data }) => methods(path, ["PUT", "DELETE"], data)),
    ],
  },
  {
    // Always a 400, never a call upstream.
    name: "the one-time-code route refuses hostile bodies",
    probes: () => [
      ...posts(
        "/api/auth/otp",
        [
          {},
          { identifier: 42 },
          { identifier: "" },
          { identifier: "<script>" },
          { identifier: LONG },
          { identifier: ["1"] },
          { identifier: "919000000001' OR 1=1" },
          { identifier: "１２３４５６７８９０１" },
        ],
        [400],
      ),
      ...["null", "not json"].map((raw): Probe => ({
        method: "POST",
        path: "/api/auth/otp",
        raw,
        expected: [400],
      })),
    ],
  },
  {
    name: "a shopper gets 403 from every staff route",
    who: "asha",
    probes: () => [
      ...gets(STAFF_GET_ROUTES, [403]),
      ...toEveryStaffPost({ expected: [403], message: /for store staff only/ }),
    ],
  },
  {
    // The rest of a big wallet: only a time the wallet was fetched, never anything that picks a customer.
    name: "a shopper's /api/wallet?asOf= takes only an ISO time",
    who: "asha",
    probes: () =>
      gets(
        [
          "",
          "yesterday",
          "2026-13-45T99:99:99Z",
          "1",
          `2026-11-23T10:00:00.000Z${"0".repeat(50)}`,
          "../500000002",
        ].map((asOf) => `/api/wallet?asOf=${encodeURIComponent(asOf)}`),
        [400],
      ),
  },
  {
    // How the answer is written: only the form this build's browser code reads, or none.
    name: "a shopper's /api/wallet?series= takes only once",
    who: "asha",
    probes: () =>
      gets(
        ["", "twice", "ONCE", "once,once"].map(
          (series) => `/api/wallet?series=${encodeURIComponent(series)}`,
        ),
        [400],
      ),
  },
  {
    name: "a shopper's hostile customer ids in a coupons path are refused",
    who: "asha",
    probes: () =>
      gets(
        BAD_IDS.map((id) => `/api/customers/${inPath(id)}/coupons`),
        [400, 403, 404, 405],
      ),
  },
  {
    name: "a staff session gets 403 from the wallet",
    who: "staff",
    probes: () => gets(["/api/wallet"], [403]),
  },
  {
    name: "staff: hostile customer ids in a coupons path",
    who: "staff",
    probes: () =>
      gets(
        BAD_IDS.map((id) => `/api/customers/${inPath(id)}/coupons`),
        [400, 404, 405],
      ),
  },
  {
    name: "staff: hostile customer ids in a customer look-up",
    who: "staff",
    probes: () =>
      posts(
        "/api/customers",
        BAD_IDS.map((value) => ({ by: "id", value })),
        [400],
        /not a valid id/,
      ),
  },
  {
    name: "staff: hostile customer ids in a code check",
    who: "staff",
    probes: () =>
      posts(
        "/api/coupons",
        [...BAD_IDS, 500000001, null, [ASHA.customerId]].map((customerId) => ({
          codes: ["WL2ZBJZK"],
          customerId,
        })),
        [400],
        /customerId/,
      ),
  },
  {
    name: "staff: hostile and missing codes",
    who: "staff",
    probes: () =>
      posts(
        "/api/coupons",
        [
          ...BAD_CODES.map((code) => ({ codes: [code] })),
          { codes: [] },
          { codes: "WL2ZBJZK" },
          { codes: 42 },
          { codes: null },
          { codes: [42] },
          { codes: [null] },
          { codes: [["WL2ZBJZK"]] },
          { codes: { 0: "WL2ZBJZK" } },
          { codes: ["WL2ZBJZK", ""] },
          { codes: Array.from({ length: 21 }, (_, i) => `CODE${i}`) },
          { codes: Array.from({ length: 101 }, () => "A") },
          { code: "WL2ZBJZK" },
          {},
        ],
        [400],
      ),
  },
  {
    name: "staff: hostile case options",
    who: "staff",
    probes: () =>
      posts(
        "/api/coupons",
        [...BAD_CASES, 1, null, true, ["UPPER"]].map((c) => ({ codes: ["WL2ZBJZK"], case: c })),
        [400],
        /case must be/,
      ),
  },
  {
    name: "staff: hostile customer look-ups",
    who: "staff",
    probes: () => posts("/api/customers", BAD_CUSTOMER_BODIES, [400]),
  },
  {
    name: "staff: a 20,000-digit customer id",
    who: "staff",
    probes: () => posts("/api/customers", [{ by: "id", value: "1".repeat(20_000) }], [400], /too large/),
  },
  {
    name: "staff: malformed escapes, raw",
    who: "staff",
    probes: () =>
      gets(
        ["/api/customers/%/coupons", "/api/customers/%E0%A4/coupons", "/api/coupons/%zz", "/api/wallet%"],
        [400, 404],
      ),
  },
  {
    // Look-ups were GETs with customer data in the URL; no route answers those now.
    name: "staff: GET, PUT and DELETE on the POST routes, and writes to the GET routes, answer 405",
    who: "freshStaff",
    probes: () => [
      ...STAFF_POSTS.flatMap(({ path, data }) => methods(path, ["GET", "PUT", "DELETE"], data)),
      ...STAFF_GET_ROUTES.flatMap((path) => methods(path, ["POST", "PUT", "DELETE"])),
      ...gets(OLD_LOOKUP_URLS, [405]),
    ],
  },
  {
    name: "staff: every staff POST without an Origin is refused",
    who: "freshStaff",
    probes: () => toEveryStaffPost({ origin: null, expected: [403], message: CROSS_SITE }),
  },
  {
    name: "staff: every staff POST from a foreign Origin is refused",
    who: "freshStaff",
    probes: (app) =>
      foreignOrigins(app).flatMap((origin) =>
        toEveryStaffPost({ origin, expected: [403], message: CROSS_SITE }),
      ),
  },
  {
    name: "staff: every staff POST without this session's CSRF token is refused",
    who: "freshStaff",
    probes: () =>
      WRONG_CSRF_TOKENS.flatMap((csrfToken) =>
        toEveryStaffPost({ csrfToken, expected: [403], message: FORM_EXPIRED }),
      ),
  },
  {
    name: "staff: bodies not JSON, not sent as JSON, or over 4,096 characters, on every staff POST",
    who: "freshStaff",
    probes: () => STAFF_POSTS.flatMap(({ path, data }) => envelopeProbes(path, data)),
  },
  {
    name: "staff: redeems with malformed customer ids, codes and attempt ids",
    who: "freshStaff",
    withTill: true,
    probes: () =>
      badRedeemBodies().map(({ data, message }) => ({
        method: "POST",
        path: REDEEM,
        data,
        expected: [400],
        ...(message ? { message } : {}),
      })),
  },
  {
    name: "staff: malformed and oversize bill numbers",
    who: "freshStaff",
    withTill: true,
    probes: () =>
      posts(
        REDEEM,
        BAD_BILL_NUMBERS.map((billNumber) => redeemBody({ billNumber })),
        [400],
        BILL_NUMBER,
      ),
  },
  {
    name: "staff: negative, zero, 3-decimal, exponent, non-numeric and too-large bill amounts",
    who: "freshStaff",
    withTill: true,
    probes: () => [
      ...posts(
        REDEEM,
        BAD_BILL_AMOUNTS.map((billAmount) => redeemBody({ billAmount })),
        [400],
        BILL_AMOUNT,
      ),
      // JSON has no NaN: a body that says it is no JSON at all.
      {
        method: "POST",
        path: REDEEM,
        raw: JSON.stringify(redeemBody()).replace('"500"', "NaN"),
        expected: [400],
      },
    ],
  },
  {
    name: "staff: a redeem from a tablet whose till is not chosen",
    who: "freshStaff",
    probes: () => posts(REDEEM, [redeemBody()], [400], /Choose which till/),
  },
  {
    name: "staff: malformed reveals, undos, tills, PINs and unlocks",
    who: "freshStaff",
    probes: () => [
      ...posts("/api/staff/reveal", BAD_REVEAL_BODIES, [400]),
      ...posts("/api/staff/undo", BAD_UNDO_BODIES, [400]),
      // Well-formed but no redemption of ours: found out without asking Capillary.
      ...posts("/api/staff/undo", [{ ref: "unknownref000000" }], [404]),
      ...posts("/api/staff/till", BAD_TILL_BODIES, [400]),
      ...posts("/api/staff/pin", BAD_PIN_BODIES, [400]),
      ...posts("/api/staff/unlock", BAD_UNLOCK_BODIES, [400]),
    ],
  },
];

/** The app still answers, and answers right: its health, and Asha's wallet. */
async function expectStillServing(request: APIRequestContext, asha: BrowserContext) {
  expect((await request.get("/api/health")).status()).toBe(200);
  const wallet = await asha.request.get("/api/wallet");
  expect(wallet.status()).toBe(200);
  expect(await wallet.text()).toContain("WELCOME250");
}

test("there are over five hundred hostile requests", () => {
  const count = FAMILIES.reduce((sum, family) => sum + family.probes("http://127.0.0.1:3000").length, 0);
  console.log(`${count} hostile requests in ${FAMILIES.length} families`);
  expect(count).toBeGreaterThanOrEqual(500);
});

for (const family of FAMILIES) {
  test(`${family.name}, before anything reaches Capillary`, async ({
    request,
    newContext,
    emulator,
    baseURL,
  }) => {
    let sender = request;
    if (family.who === "freshStaff") {
      const context = await newContext();
      await mintStaffSession(context, baseURL!);
      sender = context.request;
    } else if (family.who) sender = (await newContext(family.who)).request;
    const api = staffApi(sender, baseURL!);
    if (family.withTill) await api.ok("/api/staff/till", { till: DEMO_TILL });
    const before = (await emulator.counters()).total;
    await expectAllRefused(api, family.probes(api.origin));
    expect((await emulator.counters()).total - before, "calls that reached Capillary").toBe(0);
    await expectStillServing(request, await newContext("asha"));
  });
}

test("forged, tampered and foreign session cookies are no session at all", async ({
  request,
  newContext,
  emulator,
  baseURL,
}) => {
  const before = (await emulator.counters()).total;
  for (const value of ["x", "a.b.c.d.e", "eyJhbGciOiJub25lIn0.eyJyb2xlIjoic3RhZmYifQ.", "A".repeat(4000)]) {
    const forged = await newContext();
    await forged.addCookies([{ name: "next-auth.session-token", value, url: baseURL! }]);
    const api = staffApi(forged.request, baseURL!);
    const answers = {
      wallet: (await api.get("/api/wallet")).status(),
      redemptions: (await api.get("/api/staff/redemptions")).status(),
      lookup: (await api.post("/api/customers", { by: "id", value: ASHA.customerId })).status(),
      check: (await api.post("/api/coupons", { codes: ["WL2ZBJZK"] })).status(),
      redeem: (await api.post("/api/staff/redeem", redeemBody())).status(),
    };
    expect(answers, `with cookie ${value.slice(0, 20)}`).toEqual({
      wallet: 401,
      redemptions: 401,
      lookup: 401,
      check: 401,
      redeem: 401,
    });
  }
  expect((await emulator.counters()).total - before).toBe(0);
  await expectStillServing(request, await newContext("asha"));
});

// Sessions minted with the suite's secret: expired ones, a staff shift that is over, and ones signed with
// another secret are refused without a call upstream; a fresh one then works, so the others were refused
// for the right reason.
test("expired, past-shift, past-end and wrongly signed sessions are refused; a fresh one works", async ({
  request,
  newContext,
  emulator,
  baseURL,
}) => {
  const before = (await emulator.counters()).total;
  const nowSeconds = Math.floor(Date.now() / 1000);
  const mint = (token: Record<string, unknown>, maxAge: number, secret = E2E_SESSION_SECRET) =>
    encode({ token, secret, maxAge });
  // A session carries an id and an absolute end (lib/server/auth/session-lifetime.ts).
  const live = (id: string, endsAt = nowSeconds + 3600) => ({ sid: `hostile-${id}-${nowSeconds}`, endsAt });
  const shopperToken = { role: "shopper", customerId: ASHA.customerId, ...live("shopper") };
  const staffToken = { role: "staff", staffUser: "staff.demo", ...live("staff") };
  /** The status of a GET of `path`, or of a staff POST of `data` to it, with `value` as the session. */
  const withCookie = async (value: string, path: string, data?: unknown) => {
    const context = await newContext();
    await context.addCookies([{ name: "next-auth.session-token", value, url: baseURL! }]);
    const api = staffApi(context.request, baseURL!);
    return (await (data === undefined ? api.get(path) : api.post(path, data))).status();
  };
  const lookup = ["/api/customers", { by: "id", value: ASHA.customerId }] as const;
  const pastShift = { ...staffToken, endsAt: nowSeconds - 1 };
  const pastAbsoluteEnd = { ...shopperToken, endsAt: nowSeconds - 1 };
  const withoutAnEnd = { role: "shopper", customerId: ASHA.customerId };
  expect(await withCookie(await mint(shopperToken, -60), "/api/wallet")).toBe(401);
  expect(await withCookie(await mint(staffToken, -60), ...lookup)).toBe(401);
  expect(await withCookie(await mint(pastShift, 3600), ...lookup)).toBe(401);
  expect(await withCookie(await mint(pastShift, 3600), "/api/staff/redeem", redeemBody())).toBe(401);
  expect(await withCookie(await mint(pastAbsoluteEnd, 3600), "/api/wallet")).toBe(401);
  expect(await withCookie(await mint(withoutAnEnd, 3600), "/api/wallet")).toBe(401);
  expect(
    await withCookie(await mint(staffToken, 3600, "another-secret-entirely-000000"), "/api/coupons", {
      codes: ["A1"],
    }),
  ).toBe(401);
  expect(
    await withCookie(
      await mint({ role: "shopper", customerId: OTHER, ...live("other") }, 3600, "x".repeat(40)),
      "/api/wallet",
    ),
  ).toBe(401);
  expect((await emulator.counters()).total - before).toBe(0);
  expect(await withCookie(await mint(shopperToken, 3600), "/api/wallet")).toBe(200);
  expect(await withCookie(await mint(staffToken, 3600), "/api/staff/presence", {})).toBe(200);
  await expectStillServing(request, await newContext("asha"));
});
