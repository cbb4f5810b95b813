// The hostile requests of e2e/hostile-input.spec.ts, by family, and how to send them and judge the
// answers: each must be one of its expected 4xx statuses, and a JSON answer must be in the error shape.
import { expect, type APIRequestContext } from "@playwright/test";
import { DOCS_343040815 } from "../../test/support/demo";

export const OTHER = DOCS_343040815.customerId;
export const LONG = "9".repeat(5000);

export const BAD_IDS = [
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
export const inPath = (id: string) => (/%[0-9a-f]{2}|^\.\.$/i.test(id) ? id : encodeURIComponent(id));

export const BAD_CODES = [
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

export const BAD_CASES = ["upper", "Lower", "as_it_is", "MIXED", "", "UPPER ", "UPPER,LOWER", "<x>"];

export const BAD_CUSTOMER_QUERIES = [
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

/** The staff routes, with ids and codes that would be fine for staff. */
export const STAFF_ROUTES = [
  "/api/customers?id=500000001",
  "/api/customers?mobile=919000000001",
  "/api/customers/500000001/coupons",
  `/api/customers/${OTHER}/coupons`,
  "/api/coupons?codes=WL2ZBJZK",
  "/api/coupons?codes=WL2ZBJZK,PT4I43YN&case=UPPER",
];

export interface Probe {
  method: "GET" | "POST" | "PUT" | "DELETE";
  path: string;
  expected: number[];
  data?: unknown;
}

/** GETs of `paths`, each expecting one of `expected`. */
export function gets(paths: string[], expected: number[]): Probe[] {
  return paths.map((path) => ({ method: "GET", path, expected }));
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

/** Sends every probe and fails once, listing each that got a wrong status or a body not in the error shape. */
export async function expectAllRefused(request: APIRequestContext, list: Probe[]) {
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
