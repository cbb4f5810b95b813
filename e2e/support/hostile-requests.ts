// The hostile requests of e2e/hostile-input.spec.ts, by family, and how to send them and judge the
// answers: each must be one of its expected 4xx statuses, and a JSON answer must be in the error shape.
// Writes go as the console sends them (e2e/support/staff-api.ts) unless a probe takes something away.
import { expect, type APIResponse } from "@playwright/test";
import { DOCS_343040815 } from "../../test/support/demo";
import type { StaffApi, StaffPostOptions } from "./staff-api";

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

// Ids as they would sit in a path: already-escaped traversal attempts go in raw, the rest escaped. A raw
// `..` climbs to /api/coupons, which takes POSTs only: its GET answers 405.
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
  "\u{1F600}",
  "A\u200bB",
  "${jndi:ldap://x}",
  LONG,
];

export const BAD_CASES = ["upper", "Lower", "as_it_is", "MIXED", "", "UPPER ", "UPPER,LOWER", "<x>"];

/** Bodies of `POST /api/customers` that are not one well-formed look-up. */
export const BAD_CUSTOMER_BODIES: unknown[] = [
  {},
  { by: "mobile" },
  { value: "919000000001" },
  { by: "mobile", value: "" },
  { by: "mobile", value: "abc" },
  { by: "mobile", value: "12" },
  { by: "mobile", value: "9".repeat(321) },
  { by: "mobile", value: LONG },
  { by: "mobile", value: 919000000001 },
  { by: "mobile", value: ["919000000001"] },
  { by: "mobile", value: null },
  { by: "mobile", value: "../" },
  { by: "mobile", value: "919000000001' OR 1=1" },
  { by: ["mobile", "email"], value: "919000000001" },
  { by: "email", value: "not-an-email" },
  { by: "email", value: "a@" },
  { by: "email", value: "\u0000@x.com" },
  { by: "id", value: 500000001 },
  { by: "externalId", value: "" },
  { by: "externalId", value: "x".repeat(65) },
  { by: "externalId", value: "\u0000" },
  { by: "cardNumber", value: "" },
  { by: "cardNumber", value: "\n\r" },
  { by: "foo", value: "bar" },
  { by: "MOBILE", value: "919000000001" },
  { by: "__proto__", value: "919000000001" },
  { by: null, value: "919000000001" },
];

/**
 * Staff routes that answer a GET, with ids that would be fine for staff (none carries customer data in
 * its URL but a Capillary id).
 */
export const STAFF_GET_ROUTES = [
  "/api/customers/500000001/coupons",
  `/api/customers/${OTHER}/coupons`,
  "/api/staff/redemptions",
];

/** The look-ups before they became POSTs: customer data in the URL is answered by no route now. */
export const OLD_LOOKUP_URLS = [
  "/api/customers?id=500000001",
  "/api/customers?mobile=919000000001",
  "/api/coupons?codes=WL2ZBJZK",
  "/api/coupons?codes=WL2ZBJZK,PT4I43YN&case=UPPER",
];

export interface Probe {
  method: "GET" | "POST" | "PUT" | "DELETE";
  path: string;
  expected: number[];
  /** A write's JSON body. */
  data?: unknown;
  /** Sent as it is instead of `data` (not JSON, or JSON that `JSON.stringify` can't write). */
  raw?: string;
  contentType?: string;
  /** The Origin header: the app's own unless given; null sends none. */
  origin?: string | null;
  /** The CSRF header: the context's own token unless given; null sends none. */
  csrfToken?: string | null;
  /** What the answer's error message must say: the refusal is for this reason, not another. */
  message?: RegExp;
}

/** GETs of `paths`, each expecting one of `expected`. */
export function gets(paths: string[], expected: number[]): Probe[] {
  return paths.map((path) => ({ method: "GET", path, expected }));
}

/** POSTs of `bodies` to `path`, signed as the console signs them, each expecting one of `expected`. */
export function posts(path: string, bodies: unknown[], expected: number[], message?: RegExp): Probe[] {
  return bodies.map((data) => ({ method: "POST", path, data, expected, ...(message ? { message } : {}) }));
}

function describe(probe: Probe): string {
  const body = probe.raw ?? (probe.data === undefined ? "" : JSON.stringify(probe.data));
  const headers = [
    probe.origin !== undefined ? `Origin: ${probe.origin ?? "(none)"}` : "",
    probe.csrfToken !== undefined ? `CSRF: ${probe.csrfToken ?? "(none)"}` : "",
    probe.contentType ? `Content-Type: ${probe.contentType}` : "",
  ].filter(Boolean);
  return `${probe.method} ${probe.path.slice(0, 120)} ${body.slice(0, 100)} ${headers.join(" ")}`.trim();
}

async function send(api: StaffApi, probe: Probe): Promise<APIResponse> {
  if (probe.method === "GET" && probe.data === undefined && probe.raw === undefined)
    return api.get(probe.path);
  const options: StaffPostOptions = { method: probe.method };
  if (probe.raw !== undefined) options.raw = probe.raw;
  if (probe.contentType !== undefined) options.contentType = probe.contentType;
  if (probe.origin !== undefined) options.origin = probe.origin;
  if (probe.csrfToken !== undefined) options.csrfToken = probe.csrfToken;
  return api.post(probe.path, probe.data, options);
}

/**
 * Sends every probe and fails once, listing each that got a wrong status, a body not in the error shape,
 * or a refusal for another reason than the probe's.
 */
export async function expectAllRefused(api: StaffApi, list: Probe[]) {
  const wrong: string[] = [];
  for (const probe of list) {
    const response = await send(api, probe);
    const status = response.status();
    if (!probe.expected.includes(status)) wrong.push(`${describe(probe)} → ${status}`);
    if (status < 400) continue;
    const type = response.headers()["content-type"] ?? "";
    if (type.includes("application/json") && status !== 405) {
      const body = (await response.json()) as { error?: { code?: unknown; message?: unknown } };
      if (typeof body.error?.code !== "string" || typeof body.error.message !== "string") {
        wrong.push(`${describe(probe)} → body not in the error shape`);
      } else if (probe.message && !probe.message.test(body.error.message)) {
        wrong.push(`${describe(probe)} → refused for another reason: ${body.error.message}`);
      }
    } else if (probe.message) {
      wrong.push(`${describe(probe)} → ${status} without the error saying why`);
    }
  }
  expect(wrong).toEqual([]);
}
