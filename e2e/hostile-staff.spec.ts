import { createHash } from "node:crypto";
import { ASHA, CHITRA_MARKUP, DEMO_LOOKUP_STAFF, DEMO_MANAGER, DEMO_STAFF } from "../test/support/demo";
import { delta, routeCount } from "../test/support/emulator-client";
import { expect, test, type BrowserContext } from "./fixtures";
import {
  DEMO_TILL,
  FORM_EXPIRED,
  NOT_ASHAS_CODE,
  STAFF_POSTS,
  redeemBody,
} from "./support/hostile-staff-posts";
import { expectAllRefused, STAFF_GET_ROUTES } from "./support/hostile-requests";
import {
  CSRF_COOKIE,
  cookieHeader,
  mintStaffSession,
  postChunked,
  signInStaffByApi,
  staffApi,
  type StaffApi,
} from "./support/staff-api";

// The staff API's guards that take more than one request to show: redeeming another customer's code, a
// replayed attempt, an account's role, the console's lock, the body's size limit and the CSRF cookie. No
// test here redeems anything: every redeem is of a code the customer does not hold, so a guard that failed
// would be seen in the answer and in the emulator's redeem counter, not in another test's wallet.

const REDEEM_ROUTES = ["GET /v2/coupon/is_redeemable", "POST /v2/coupon/redeem"] as const;

interface Refused {
  outcome: string;
  stage?: string;
  refusal?: { kind: string };
}

/** A staff.demo session of the test's own, at the demo till. */
async function freshStaffAtTill(newContext: () => Promise<BrowserContext>, appUrl: string) {
  const context = await newContext();
  await mintStaffSession(context, appUrl);
  const api = staffApi(context.request, appUrl);
  await api.ok("/api/staff/till", { till: DEMO_TILL });
  return { context, api };
}

async function redeemStatus(api: StaffApi, body: Record<string, unknown>) {
  const response = await api.post("/api/staff/redeem", body);
  return {
    status: response.status(),
    body: (await response.json()) as Refused & { error?: { message: string } },
  };
}

test("a code of another customer's is refused as not this customer's, and nothing reaches redeem", async ({
  newContext,
  emulator,
  baseURL,
}) => {
  const staff = await newContext("staff");
  const api = staffApi(staff.request, baseURL!);
  await api.ok("/api/staff/till", { till: DEMO_TILL });
  const before = await emulator.counters();
  const notOurs = [
    redeemBody(),
    redeemBody({ code: NOT_ASHAS_CODE.toLowerCase() }),
    redeemBody({ code: "NOSUCHCODE1" }),
    redeemBody({ customerId: CHITRA_MARKUP.customerId, code: "WELCOME250" }),
    // The edges of a good bill are accepted, so they too get as far as the coupon.
    redeemBody({ billNumber: "B".repeat(50) }),
    redeemBody({ billNumber: "POS-7/2026 #0042 (A)" }),
    redeemBody({ billAmount: "1000000" }),
    redeemBody({ billAmount: 1_000_000 }),
    redeemBody({ billAmount: "0.01" }),
    redeemBody({ billAmount: 12.5 }),
  ];
  const answers = [];
  for (const body of notOurs) answers.push(await redeemStatus(api, body));
  // JSON's 1e3 is the number 1000 (only the text "1e3" is refused).
  const raw = await api.post("/api/staff/redeem", undefined, {
    raw: JSON.stringify(redeemBody()).replace('"500"', "1e3"),
  });
  answers.push({ status: raw.status(), body: (await raw.json()) as Refused });
  for (const answer of answers) {
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({
      outcome: "refused",
      stage: "precheck",
      refusal: { kind: "not_this_customer" },
    });
  }
  const calls = delta(before, await emulator.counters());
  for (const route of REDEEM_ROUTES) expect(routeCount(calls, route), route).toBe(0);
});

test("a replayed attempt id with another body is refused; the same body gets the first answer", async ({
  newContext,
  emulator,
  baseURL,
}) => {
  const { api } = await freshStaffAtTill(newContext, baseURL!);
  const first = redeemBody();
  const before = await emulator.counters();
  const answer = await redeemStatus(api, first);
  expect(answer.status).toBe(200);
  expect(answer.body.refusal?.kind).toBe("not_this_customer");
  // The same attempt again (a double tap, a retried request), also with the code in another case.
  expect(await redeemStatus(api, first)).toEqual(answer);
  expect(await redeemStatus(api, { ...first, code: NOT_ASHAS_CODE.toLowerCase() })).toEqual(answer);
  for (const change of [
    { billNumber: "B-1002" },
    { billAmount: "501" },
    { code: "NOSUCHCODE1" },
    { customerId: CHITRA_MARKUP.customerId },
  ]) {
    const replay = await redeemStatus(api, { ...first, ...change });
    expect(replay.status, JSON.stringify(change)).toBe(400);
    expect(replay.body.error?.message).toMatch(/already used for a different redemption/);
  }
  const calls = delta(before, await emulator.counters());
  for (const route of REDEEM_ROUTES) expect(routeCount(calls, route), route).toBe(0);
});

test("a look-up-only account may look up but gets 403 from redeem; a manager's redeem gets through", async ({
  newContext,
  emulator,
  baseURL,
}) => {
  const lookupOnly = await newContext();
  await signInStaffByApi(lookupOnly.request, DEMO_LOOKUP_STAFF);
  const lookup = staffApi(lookupOnly.request, baseURL!);
  await lookup.ok("/api/staff/till", { till: DEMO_TILL });
  const found = await lookup.ok<{ customer: { id: string } }>("/api/customers", {
    by: "mobile",
    value: ASHA.mobile,
  });
  expect(found.customer.id).toBe(ASHA.customerId);

  const before = await emulator.counters();
  const refused = await redeemStatus(lookup, redeemBody());
  expect(refused.status).toBe(403);
  expect(refused.body.error?.message).toMatch(/can look up coupons but not redeem/);

  // The same body from a manager passes the role check and is judged on the coupon.
  const managerContext = await newContext();
  await signInStaffByApi(managerContext.request, DEMO_MANAGER);
  const manager = staffApi(managerContext.request, baseURL!);
  await manager.ok("/api/staff/till", { till: DEMO_TILL });
  const judged = await redeemStatus(manager, redeemBody());
  expect(judged.status).toBe(200);
  expect(judged.body.refusal?.kind).toBe("not_this_customer");
  const calls = delta(before, await emulator.counters());
  for (const route of REDEEM_ROUTES) expect(routeCount(calls, route), route).toBe(0);
});

test("a locked console gets 423 from every staff route but unlock, which takes only a password or PIN", async ({
  newContext,
  emulator,
  baseURL,
}) => {
  const context = await newContext();
  await mintStaffSession(context, baseURL!);
  const api = staffApi(context.request, baseURL!);
  expect((await api.post("/api/staff/presence", {})).status()).toBe(200);
  const before = (await emulator.counters()).total;
  expect((await api.post("/api/staff/lock", {})).status()).toBe(200);
  await expectAllRefused(api, [
    ...STAFF_POSTS.filter(({ path }) => !/\/(un)?lock$/.test(path)).map(({ path, data }) => ({
      method: "POST" as const,
      path,
      data,
      expected: [423],
    })),
    ...STAFF_GET_ROUTES.map((path) => ({ method: "GET" as const, path, expected: [423] })),
    { method: "POST", path: "/api/staff/unlock", data: { pin: "12" }, expected: [400] },
    { method: "POST", path: "/api/staff/unlock", data: { password: "" }, expected: [400] },
    { method: "POST", path: "/api/staff/unlock", data: { password: "x" }, csrfToken: null, expected: [403] },
  ]);
  expect((await emulator.counters()).total - before, "calls that reached Capillary").toBe(0);
  expect((await api.post("/api/staff/unlock", { password: DEMO_STAFF.password })).status()).toBe(200);
  expect((await api.post("/api/staff/presence", {})).status()).toBe(200);
  expect((await api.get("/api/staff/redemptions")).status()).toBe(200);
});

test("bodies up to 4,096 characters are read and longer ones refused, however they are sent", async ({
  newContext,
  emulator,
  baseURL,
}) => {
  const context = await newContext();
  await mintStaffSession(context, baseURL!);
  const api = staffApi(context.request, baseURL!);
  const sized = (chars: number) => {
    const base = JSON.stringify({ by: "mobile", value: ASHA.mobile, pad: "" });
    return JSON.stringify({ by: "mobile", value: ASHA.mobile, pad: "x".repeat(chars - base.length) });
  };
  expect(sized(4_096)).toHaveLength(4_096);
  const headers = {
    Origin: api.origin,
    "X-CSRF-Token": await api.csrfToken(),
    "Content-Type": "application/json",
    Cookie: await cookieHeader(context, baseURL!),
  };
  const url = `${baseURL}/api/customers`;

  expect((await api.post("/api/customers", undefined, { raw: sized(4_096) })).status()).toBe(200);
  expect((await postChunked(url, headers, sized(4_000))).status).toBe(200);
  const before = (await emulator.counters()).total;
  const tooBig = await api.post("/api/customers", undefined, { raw: sized(4_097) });
  expect(tooBig.status()).toBe(400);
  expect(await tooBig.text()).toContain("too large");
  // No Content-Length to go by: the body is measured as read.
  const chunked = await postChunked(url, headers, sized(4_097));
  expect(chunked.status).toBe(400);
  expect(chunked.body).toContain("too large");
  expect((await postChunked(url, headers, sized(200_000))).status).toBe(400);
  expect((await emulator.counters()).total - before, "calls that reached Capillary").toBe(0);
});

test("the CSRF token must be this session's own, in the cookie the app signed", async ({
  newContext,
  emulator,
  baseURL,
}) => {
  const mine = await newContext();
  await mintStaffSession(mine, baseURL!);
  const api = staffApi(mine.request, baseURL!);
  const other = await newContext();
  await mintStaffSession(other, baseURL!);
  const othersToken = await staffApi(other.request, baseURL!).csrfToken();
  const myToken = await api.csrfToken();
  expect(othersToken).not.toBe(myToken);

  const presence = (csrfToken?: string) =>
    api.post("/api/staff/presence", {}, csrfToken === undefined ? {} : { csrfToken }).then(async (r) => ({
      status: r.status(),
      message: r.status() === 200 ? "" : ((await r.json()) as { error: { message: string } }).error.message,
    }));
  const setCsrfCookie = async (value: string) => {
    await mine.clearCookies({ name: CSRF_COOKIE });
    await mine.addCookies([{ name: CSRF_COOKIE, value, url: baseURL! }]);
  };
  const refused = { status: 403, message: expect.stringMatching(FORM_EXPIRED) };
  const before = (await emulator.counters()).total;

  expect(await presence()).toEqual({ status: 200, message: "" });
  // Another session's token is good only with that session's cookie.
  expect(await presence(othersToken)).toEqual(refused);
  // No cookie: the header alone proves nothing.
  await mine.clearCookies({ name: CSRF_COOKIE });
  expect(await presence(myToken)).toEqual(refused);
  // A cookie made up to match the header: its hash is not the app's.
  await setCsrfCookie(`${myToken}|${"0".repeat(64)}`);
  expect(await presence(myToken)).toEqual(refused);
  const withWrongSecret = createHash("sha256").update(`${myToken}not-the-app-secret`).digest("hex");
  await setCsrfCookie(`${myToken}|${withWrongSecret}`);
  expect(await presence(myToken)).toEqual(refused);
  // Another session's whole cookie with its token is next-auth's own pair, so it passes: the session
  // cookie, not the CSRF one, says who is asking (and this session is staff.demo's too).
  const othersCookie = (await other.cookies(baseURL!)).find((c) => c.name === CSRF_COOKIE)!;
  await setCsrfCookie(othersCookie.value);
  expect(await presence(othersToken)).toEqual({ status: 200, message: "" });
  expect((await emulator.counters()).total - before, "calls that reached Capillary").toBe(0);
});
