// What attackers of OTP sign-ins and shared counters try first (issue "Safe to deploy"): open redirects,
// SMS pumping from one client with a spoofed X-Forwarded-For, password hashing as a denial of service,
// and a cookie copied before sign-out.
import { Agent, request as send } from "undici";
import { bulkCustomer } from "../test/support/demo";
import { routeCount } from "../test/support/emulator-client";
import { expect, test } from "./fixtures";
import { E2E_LIMITS } from "./support/worker-servers";

const OTP_SEND = "POST /v2/otp/generate";

/** Requests from their own loopback address (127.0.0.x), so their per-address budget is theirs alone. */
function fromAddress(address: string) {
  return new Agent({ connect: { localAddress: address } });
}

test.describe("redirects after sign-in stay on this site", () => {
  test.use({ signedInAs: "asha" });

  const VARIANTS = [
    "/%09/evil.example",
    "/%0a/evil.example",
    "/%0d%0a/evil.example",
    "//evil.example",
    "/%2F%2Fevil.example",
    "/%5Cevil.example",
    "/%5C%5Cevil.example",
    "%5C%5Cevil.example",
    "https://evil.example/wallet",
    "https:evil.example",
    "javascript:alert(1)",
    "/%2e%2e//evil.example",
    "http://127.0.0.1.evil.example/",
  ];
  for (const variant of VARIANTS) {
    test(`callbackUrl=${variant}`, async ({ page, baseURL }) => {
      const response = await page.request.get(`/signin?callbackUrl=${variant}`, { maxRedirects: 0 });
      expect([303, 307, 308]).toContain(response.status());
      const target = new URL(response.headers().location ?? "", baseURL);
      expect(target.origin).toBe(new URL(baseURL!).origin);
    });
  }
});

test("one client sending codes to 30 numbers is refused after its budget, whatever X-Forwarded-For says", async ({
  servers,
  emulator,
}) => {
  const budget = Number(E2E_LIMITS.OTP_SEND_BUDGET_ADDRESS.split("/")[0]);
  const dispatcher = fromAddress("127.0.0.9");
  const before = routeCount(await emulator.counters(), OTP_SEND);
  const statuses: number[] = [];
  for (let i = 0; i < 30; i++) {
    const { statusCode, body } = await send(`${servers.appUrl}/api/auth/otp`, {
      method: "POST",
      dispatcher,
      headers: {
        "content-type": "application/json",
        // A fresh "client address" every time: it must change nothing.
        "x-forwarded-for": `203.0.113.${i + 1}, 198.51.100.${i + 1}`,
      },
      body: JSON.stringify({ identifier: bulkCustomer(200 + i).mobile }),
    });
    await body.dump();
    statuses.push(statusCode);
  }
  await dispatcher.close();
  expect(statuses.filter((s) => s === 200)).toHaveLength(budget);
  expect(statuses.slice(budget).every((s) => s === 429)).toBe(true);
  expect(routeCount(await emulator.counters(), OTP_SEND) - before).toBe(budget);
});

test("50 staff sign-ins with rotating usernames leave the wallet's latency within 2x its idle p50", async ({
  servers,
  newContext,
}) => {
  const shopper = await newContext("asha");
  const wallet = async () => {
    const started = performance.now();
    const response = await shopper.request.get("/api/wallet");
    expect(response.status()).toBe(200);
    return performance.now() - started;
  };
  const p50 = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  await wallet(); // warm
  const idle: number[] = [];
  for (let i = 0; i < 20; i++) idle.push(await wallet());

  const dispatcher = fromAddress("127.0.0.11");
  const csrf = await send(`${servers.appUrl}/api/auth/csrf`, { dispatcher });
  const cookie = (csrf.headers["set-cookie"] as string[] | string | undefined) ?? [];
  const { csrfToken } = (await csrf.body.json()) as { csrfToken: string };
  const cookieHeader = (Array.isArray(cookie) ? cookie : [cookie]).map((c) => c.split(";")[0]).join("; ");
  const attacks = Array.from({ length: 50 }, async (_, i) => {
    const { body } = await send(`${servers.appUrl}/api/auth/callback/staff-password`, {
      method: "POST",
      dispatcher,
      headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookieHeader },
      body: new URLSearchParams({
        username: `guess.${i}.${Date.now()}`,
        password: "hunter2",
        csrfToken,
        json: "true",
      }).toString(),
    });
    await body.dump();
  });
  const busy: number[] = [];
  const measuring = (async () => {
    for (let i = 0; i < 20; i++) busy.push(await wallet());
  })();
  await Promise.all([...attacks, measuring]);
  await dispatcher.close();
  expect(p50(busy)).toBeLessThanOrEqual(2 * p50(idle));
});

test("a session cookie copied before sign-out is refused after it", async ({
  page,
  signInPage,
  newContext,
}) => {
  // A session of its own: signing out revokes it, and the saved sessions serve other tests.
  await signInPage.signIn(bulkCustomer(77).mobile);
  const copied = await page.context().cookies();
  const thief = await newContext();
  await thief.addCookies(copied);
  expect((await thief.request.get("/api/wallet")).status()).toBe(200);

  await page.getByRole("button", { name: "Sign out" }).click();
  await page.waitForURL(/\/signin/);
  expect((await thief.request.get("/api/wallet")).status()).toBe(401);
});
