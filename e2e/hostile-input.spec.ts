import { encode } from "next-auth/jwt";
import { ASHA } from "../test/support/demo";
import { expect, test, type APIRequestContext, type BrowserContext } from "./fixtures";
import {
  BAD_CASES,
  BAD_CODES,
  BAD_CUSTOMER_QUERIES,
  BAD_IDS,
  LONG,
  OTHER,
  STAFF_ROUTES,
  expectAllRefused,
  gets,
  inPath,
  type Probe,
} from "./support/hostile-requests";
import { E2E_SESSION_SECRET } from "./support/ports";
import type { SavedSession } from "./support/saved-sessions";

// Hostile requests across every route, one test per route or family, so the first failure hides none of
// the others. Each request must get the right 4xx, none may reach Capillary (this worker's emulator counts
// no call while a family is sent), and the app must keep serving afterwards.

interface Family {
  name: string;
  /** Whose session sends them; none: signed out. */
  who?: SavedSession;
  probes: Probe[];
}

const FAMILIES: Family[] = [
  {
    name: "signed out, the wallet and every staff route answer 401",
    probes: gets(["/api/wallet", `/api/wallet?customerId=${OTHER}`, ...STAFF_ROUTES], [401]),
  },
  {
    name: "signed out, writes to the wallet and staff routes answer 401 or 405",
    probes: ["/api/wallet", "/api/customers?id=1", "/api/coupons?codes=A"].flatMap((path) =>
      (["POST", "PUT", "DELETE"] as const).map((method) => ({ method, path, expected: [401, 405] })),
    ),
  },
  {
    // Always a 400, never a call upstream.
    name: "the one-time-code route refuses hostile bodies",
    probes: [
      {},
      { identifier: 42 },
      { identifier: "" },
      { identifier: "<script>" },
      { identifier: LONG },
      { identifier: ["1"] },
      { identifier: "919000000001' OR 1=1" },
      { identifier: "１２３４５６７８９０１" },
      null,
      "not json",
    ].map((data) => ({ method: "POST", path: "/api/auth/otp", data, expected: [400] })),
  },
  { name: "a shopper gets 403 from every staff route", who: "asha", probes: gets(STAFF_ROUTES, [403]) },
  {
    // The rest of a big wallet: only a time the wallet was fetched, never anything that picks a customer.
    name: "a shopper's /api/wallet?asOf= takes only an ISO time",
    who: "asha",
    probes: gets(
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
    name: "a shopper's hostile customer ids in a coupons path are refused",
    who: "asha",
    probes: gets(
      BAD_IDS.map((id) => `/api/customers/${inPath(id)}/coupons`),
      [400, 403, 404],
    ),
  },
  { name: "a staff session gets 403 from the wallet", who: "staff", probes: gets(["/api/wallet"], [403]) },
  {
    name: "staff: hostile customer ids in a coupons path",
    who: "staff",
    probes: gets(
      BAD_IDS.map((id) => `/api/customers/${inPath(id)}/coupons`),
      [400, 404],
    ),
  },
  {
    name: "staff: hostile customer ids in a customer lookup",
    who: "staff",
    probes: gets(
      BAD_IDS.map((id) => `/api/customers?id=${encodeURIComponent(id)}`),
      [400],
    ),
  },
  {
    name: "staff: hostile customer ids in a code check",
    who: "staff",
    probes: gets(
      BAD_IDS.map((id) => `/api/coupons?codes=WL2ZBJZK&customerId=${encodeURIComponent(id)}`),
      [400],
    ),
  },
  {
    name: "staff: hostile and missing codes",
    who: "staff",
    probes: gets(
      [...BAD_CODES.map((codes) => `/api/coupons?codes=${encodeURIComponent(codes)}`), "/api/coupons"],
      [400],
    ),
  },
  {
    name: "staff: hostile case options",
    who: "staff",
    probes: gets(
      BAD_CASES.map((c) => `/api/coupons?codes=WL2ZBJZK&case=${encodeURIComponent(c)}`),
      [400],
    ),
  },
  {
    name: "staff: hostile customer lookups",
    who: "staff",
    probes: gets(
      BAD_CUSTOMER_QUERIES.map((q) => `/api/customers?${q}`),
      [400],
    ),
  },
  {
    name: "staff: a 20,000-digit customer id",
    who: "staff",
    probes: gets([`/api/customers?id=${"1".repeat(20_000)}`], [400, 414, 431]),
  },
  {
    name: "staff: malformed escapes, raw",
    who: "staff",
    probes: gets(
      ["/api/customers/%/coupons", "/api/customers/%E0%A4/coupons", "/api/coupons/%zz", "/api/wallet%"],
      [400, 404],
    ),
  },
];

/** The app still answers, and answers right: its health, and Asha's wallet. */
async function expectStillServing(request: APIRequestContext, asha: BrowserContext) {
  expect((await request.get("/api/health")).status()).toBe(200);
  const wallet = await asha.request.get("/api/wallet");
  expect(wallet.status()).toBe(200);
  expect(await wallet.text()).toContain("WELCOME250");
}

test("there are over two hundred hostile requests", () => {
  expect(FAMILIES.reduce((sum, family) => sum + family.probes.length, 0)).toBeGreaterThanOrEqual(200);
});

for (const family of FAMILIES) {
  test(`${family.name}, before anything reaches Capillary`, async ({ request, newContext, emulator }) => {
    const sender = family.who ? (await newContext(family.who)).request : request;
    const before = (await emulator.counters()).total;
    await expectAllRefused(sender, family.probes);
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
    for (const path of ["/api/wallet", "/api/customers?id=500000001", "/api/coupons?codes=WL2ZBJZK"]) {
      expect((await forged.request.get(path)).status(), `${path} with cookie ${value.slice(0, 20)}`).toBe(
        401,
      );
    }
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
  const withCookie = async (value: string, path: string) => {
    const context = await newContext();
    await context.addCookies([{ name: "next-auth.session-token", value, url: baseURL! }]);
    return (await context.request.get(path)).status();
  };
  const pastShift = { ...staffToken, endsAt: nowSeconds - 1 };
  const pastAbsoluteEnd = { ...shopperToken, endsAt: nowSeconds - 1 };
  const withoutAnEnd = { role: "shopper", customerId: ASHA.customerId };
  expect(await withCookie(await mint(shopperToken, -60), "/api/wallet")).toBe(401);
  expect(await withCookie(await mint(staffToken, -60), "/api/customers?id=500000001")).toBe(401);
  expect(await withCookie(await mint(pastShift, 3600), "/api/customers?id=500000001")).toBe(401);
  expect(await withCookie(await mint(pastAbsoluteEnd, 3600), "/api/wallet")).toBe(401);
  expect(await withCookie(await mint(withoutAnEnd, 3600), "/api/wallet")).toBe(401);
  expect(
    await withCookie(await mint(staffToken, 3600, "another-secret-entirely-000000"), "/api/coupons?codes=A1"),
  ).toBe(401);
  expect(
    await withCookie(
      await mint({ role: "shopper", customerId: OTHER, ...live("other") }, 3600, "x".repeat(40)),
      "/api/wallet",
    ),
  ).toBe(401);
  expect((await emulator.counters()).total - before).toBe(0);
  expect(await withCookie(await mint(shopperToken, 3600), "/api/wallet")).toBe(200);
  await expectStillServing(request, await newContext("asha"));
});
