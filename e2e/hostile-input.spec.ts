import { encode } from "next-auth/jwt";
import { ASHA, DOCS_343040815 } from "../test/support/demo";
import { expect, test, type APIRequestContext } from "./fixtures";
import { E2E_SESSION_SECRET } from "./support/ports";

// Hostile requests across every route. Each must get the right 4xx, none may reach Capillary (the
// emulator's request log stays still), and the app must keep serving afterwards.

const OTHER = DOCS_343040815.customerId;
const LONG = "9".repeat(5000);

const BAD_IDS = [
  "abc",
  "-1",
  "0",
  "00",
  "1.5",
  "1e5",
  "0x1f",
  " 123",
  "123 ",
  "+123",
  "9".repeat(20),
  "12345678901234567890123",
  "..%2f..%2fetc%2fpasswd",
  "%2e%2e%2f",
  "..",
  "%00",
  "1%00",
  "１２３",
  "١٢٣",
  "𝟷𝟸𝟹",
  "123\u200b",
  "<script>",
  "' OR 1=1 --",
  "1;DROP TABLE",
  "${jndi:ldap://x}",
  "{{7*7}}",
  "%",
  "null",
  "undefined",
  "NaN",
  "Infinity",
];

// Ids as they would sit in a path: already-escaped traversal attempts go in raw, the rest escaped.
const inPath = (id: string) => (/%[0-9a-f]{2}|^\.\.$/i.test(id) ? id : encodeURIComponent(id));

const BAD_CODES = [
  "",
  ",",
  "A,,B",
  "A,",
  ",A",
  "A".repeat(65),
  Array.from({ length: 21 }, (_, i) => `CODE${i}`).join(","),
  "A B",
  "<b>x</b>",
  "ＡＢＣＤ",
  "WL2ZBJZК",
  "AB%00CD",
  "../x",
  "A;B",
  "' OR '1'='1",
  "%F0%9F%98%80",
  "A\u200bB",
  "${jndi:ldap://x}",
  LONG,
];

const BAD_CASES = ["upper", "Lower", "as_it_is", "MIXED", "", "UPPER ", "UPPER,LOWER", "<x>"];

const BAD_CUSTOMER_QUERIES = [
  "",
  "mobile=",
  "mobile=abc",
  "mobile=12",
  `mobile=${LONG}`,
  "email=not-an-email",
  "email=a@",
  "email=%00@x.com",
  "id=abc",
  "id=-5",
  "id=１２３",
  "externalId=",
  `externalId=${"x".repeat(65)}`,
  "externalId=%00",
  "cardNumber=",
  "cardNumber=%0A%0D",
  "mobile=919000000001&email=asha.rao@example.com",
  "id=1&id=2&mobile=3",
  "foo=bar",
  "mobile=%2e%2e%2f",
];

interface Probe {
  method: "GET" | "POST" | "PUT" | "DELETE";
  path: string;
  expected: number[];
  data?: unknown;
}

function probes(): { anonymous: Probe[]; shopper: Probe[]; staff: Probe[] } {
  const staffRoutes = [
    "/api/customers?id=500000001",
    "/api/customers?mobile=919000000001",
    "/api/customers/500000001/coupons",
    `/api/customers/${OTHER}/coupons`,
    "/api/coupons?codes=WL2ZBJZK",
    "/api/coupons?codes=WL2ZBJZK,PT4I43YN&case=UPPER",
  ];
  const anonymous: Probe[] = [
    ...["/api/wallet", `/api/wallet?customerId=${OTHER}`, ...staffRoutes].map((path) => ({
      method: "GET" as const,
      path,
      expected: [401],
    })),
    ...["/api/wallet", "/api/customers?id=1", "/api/coupons?codes=A"].flatMap((path) =>
      (["POST", "PUT", "DELETE"] as const).map((method) => ({ method, path, expected: [401, 405] })),
    ),
    // The one-time-code route with hostile bodies: always a 400, never a call upstream.
    ...[
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
    ].map((data) => ({
      method: "POST" as const,
      path: "/api/auth/otp",
      data,
      expected: [400],
    })),
  ];
  const shopper: Probe[] = [
    ...staffRoutes.map((path) => ({ method: "GET" as const, path, expected: [403] })),
    // The rest of a big wallet: only a time the wallet was fetched, never anything that picks a customer.
    ...[
      "",
      "yesterday",
      "2026-13-45T99:99:99Z",
      "1",
      `2026-11-23T10:00:00.000Z${"0".repeat(50)}`,
      "../500000002",
    ].map((asOf) => ({
      method: "GET" as const,
      path: `/api/wallet?asOf=${encodeURIComponent(asOf)}`,
      expected: [400],
    })),
    ...BAD_IDS.map((id) => ({
      method: "GET" as const,
      path: `/api/customers/${inPath(id)}/coupons`,
      expected: [400, 403, 404],
    })),
  ];
  const staff: Probe[] = [
    { method: "GET", path: "/api/wallet", expected: [403] },
    ...BAD_IDS.map((id) => ({
      method: "GET" as const,
      path: `/api/customers/${inPath(id)}/coupons`,
      expected: [400, 404],
    })),
    ...BAD_IDS.map((id) => ({
      method: "GET" as const,
      path: `/api/customers?id=${encodeURIComponent(id)}`,
      expected: [400],
    })),
    ...BAD_IDS.map((id) => ({
      method: "GET" as const,
      path: `/api/coupons?codes=WL2ZBJZK&customerId=${encodeURIComponent(id)}`,
      expected: [400],
    })),
    ...BAD_CODES.map((codes) => ({
      method: "GET" as const,
      path: `/api/coupons?codes=${encodeURIComponent(codes)}`,
      expected: [400],
    })),
    { method: "GET", path: "/api/coupons", expected: [400] },
    ...BAD_CASES.map((c) => ({
      method: "GET" as const,
      path: `/api/coupons?codes=WL2ZBJZK&case=${encodeURIComponent(c)}`,
      expected: [400],
    })),
    ...BAD_CUSTOMER_QUERIES.map((q) => ({
      method: "GET" as const,
      path: `/api/customers?${q}`,
      expected: [400],
    })),
    { method: "GET", path: `/api/customers?id=${"1".repeat(20_000)}`, expected: [400, 414, 431] },
    // Malformed escapes, raw.
    ...["/api/customers/%/coupons", "/api/customers/%E0%A4/coupons", "/api/coupons/%zz", "/api/wallet%"].map(
      (path) => ({
        method: "GET" as const,
        path,
        expected: [400, 404],
      }),
    ),
  ];
  return { anonymous, shopper, staff };
}

async function send(request: APIRequestContext, probe: Probe) {
  const options = { failOnStatusCode: false, maxRedirects: 0 } as const;
  switch (probe.method) {
    case "GET":
      return request.get(probe.path, options);
    case "POST":
      return request.post(probe.path, { ...options, data: probe.data ?? {} });
    case "PUT":
      return request.put(probe.path, options);
    case "DELETE":
      return request.delete(probe.path, options);
  }
}

async function expectAllRefused(request: APIRequestContext, list: Probe[]) {
  const wrong: string[] = [];
  for (const probe of list) {
    const response = await send(request, probe);
    const status = response.status();
    if (!probe.expected.includes(status))
      wrong.push(`${probe.method} ${probe.path.slice(0, 120)} → ${status}`);
    const type = response.headers()["content-type"] ?? "";
    if (type.includes("application/json") && status !== 405) {
      const body = (await response.json()) as { error?: { code?: unknown; message?: unknown } };
      if (typeof body.error?.code !== "string" || typeof body.error.message !== "string") {
        wrong.push(`${probe.method} ${probe.path.slice(0, 120)} → body not in the error shape`);
      }
    }
  }
  expect(wrong).toEqual([]);
}

test("two hundred hostile requests are refused before anything reaches Capillary", async ({
  request,
  newContext,
  emulator,
  baseURL,
}) => {
  test.setTimeout(120_000);
  await emulator.reset();
  const shopper = await newContext("asha");
  const staff = await newContext("staff");
  const all = probes();
  expect(all.anonymous.length + all.shopper.length + all.staff.length).toBeGreaterThanOrEqual(200);

  const before = (await emulator.counters()).total;
  await expectAllRefused(request, all.anonymous);
  await expectAllRefused(shopper.request, all.shopper);
  await expectAllRefused(staff.request, all.staff);

  // Forged, tampered and foreign session cookies are no session at all.
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

  // Sessions minted with the suite's secret: expired ones, a staff shift that is over, and ones signed
  // with another secret are refused without a call upstream; a fresh one then works, so the others were
  // refused for the right reason.
  const nowSeconds = Math.floor(Date.now() / 1000);
  const mint = (token: Record<string, unknown>, maxAge: number, secret = E2E_SESSION_SECRET) =>
    encode({ token, secret, maxAge });
  const shopperToken = { role: "shopper", customerId: ASHA.customerId };
  const staffToken = { role: "staff", staffUser: "staff.demo", staffExpiresAt: nowSeconds + 3600 };
  const withCookie = async (value: string, path: string) => {
    const context = await newContext();
    await context.addCookies([{ name: "next-auth.session-token", value, url: baseURL! }]);
    return (await context.request.get(path)).status();
  };
  const pastShift = { ...staffToken, staffExpiresAt: nowSeconds - 1 };
  expect(await withCookie(await mint(shopperToken, -60), "/api/wallet")).toBe(401);
  expect(await withCookie(await mint(staffToken, -60), "/api/customers?id=500000001")).toBe(401);
  expect(await withCookie(await mint(pastShift, 3600), "/api/customers?id=500000001")).toBe(401);
  expect(
    await withCookie(await mint(staffToken, 3600, "another-secret-entirely-000000"), "/api/coupons?codes=A1"),
  ).toBe(401);
  expect(
    await withCookie(await mint({ role: "shopper", customerId: OTHER }, 3600, "x".repeat(40)), "/api/wallet"),
  ).toBe(401);
  expect((await emulator.counters()).total - before).toBe(0);
  expect(await withCookie(await mint(shopperToken, 3600), "/api/wallet")).toBe(200);

  // Still serving, and still right.
  expect((await request.get("/api/health")).status()).toBe(200);
  const wallet = await shopper.request.get("/api/wallet");
  expect(wallet.status()).toBe(200);
  expect(await wallet.text()).toContain("WELCOME250");
});
