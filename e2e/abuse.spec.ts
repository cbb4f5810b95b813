// What attackers of OTP sign-ins and shared counters try first (issue "Safe to deploy"): open redirects,
// SMS pumping from one client with a spoofed X-Forwarded-For, password hashing as a denial of service,
// and a cookie copied before sign-out.
import { bulkCustomer } from "../test/support/demo";
import { routeCount } from "../test/support/emulator-client";
import { expect, test } from "./fixtures";
import { freePort } from "../test/support/ports";
import { readFileSync } from "node:fs";
import { sendFrom } from "../test/support/send-from";
import { floodStaffSignIns } from "../test/support/staff-flood";
import { E2E_LIMITS, startWorkerServers } from "./support/worker-servers";

const OTP_SEND = "POST /v2/otp/generate";

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

test("one client sending codes to many numbers is refused after its budget, whatever X-Forwarded-For says", async ({
  servers,
  emulator,
}) => {
  const budget = Number(E2E_LIMITS.OTP_SEND_BUDGET_ADDRESS.split("/")[0]);
  const before = routeCount(await emulator.counters(), OTP_SEND);
  const sendCode = (from: string, i: number) =>
    sendFrom(from, `${servers.appUrl}/api/auth/otp`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        // A fresh "client address" every time: it must change nothing.
        "x-forwarded-for": `203.0.113.${i + 1}, 198.51.100.${i + 1}`,
      },
      body: JSON.stringify({ identifier: bulkCustomer(200 + i).mobile }),
    });
  const statuses: number[] = [];
  for (let i = 0; i < budget + 10; i++) statuses.push((await sendCode("127.0.0.9", i)).status);
  expect(statuses.filter((s) => s === 200)).toHaveLength(budget);
  expect(statuses.slice(budget).every((s) => s === 429)).toBe(true);
  // The budget is that client's: another address is still served.
  expect((await sendCode("127.0.0.10", budget + 10)).status).toBe(200);
  expect(routeCount(await emulator.counters(), OTP_SEND) - before).toBe(budget + 1);
});

test("50 staff sign-ins with rotating usernames: 10 are checked (the shipped budget), 40 refused before any work", async ({}, testInfo) => {
  test.setTimeout(120_000);
  // A pair of its own with the shipped per-address budget: the suite's apps allow more, for its browsers.
  // What the attack does to the wallet's latency is measured in the system run (test/system/staff-flood.ts),
  // where no other worker shares the machine.
  const own = await startWorkerServers(0, testInfo.outputDir, {
    ports: { app: await freePort(), emulator: await freePort() },
    env: { STAFF_SIGN_IN_BUDGET_ADDRESS: "" },
  });
  try {
    const [statuses = []] = await floodStaffSignIns(own.appUrl, 11, 50).rounds;
    // Every attempt was answered (refused), none signed anyone in.
    expect(statuses).toHaveLength(50);
    expect(statuses.every((status) => status === 401 || status === 429)).toBe(true);
    const fromAttacker = () =>
      readFileSync(own.auditLogFile, "utf8")
        .split("\n")
        .filter((line) => line.includes('"address":"127.0.0.11"'))
        .map((line) => (JSON.parse(line) as { result: string }).result)
        .sort();
    await expect.poll(() => fromAttacker().length).toBe(50);
    expect(fromAttacker().filter((result) => result === "failed")).toHaveLength(10);
    expect(fromAttacker().filter((result) => result === "throttled")).toHaveLength(40);
  } finally {
    await own.stop();
  }
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
