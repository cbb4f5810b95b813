// What attackers of OTP sign-ins and shared counters try first (issue "Safe to deploy"): open redirects,
// SMS pumping from one client with a spoofed X-Forwarded-For, password hashing as a denial of service,
// and a cookie copied before sign-out.
import { bulkCustomer } from "../test/support/demo";
import { routeCount } from "../test/support/emulator-client";
import { expect, test } from "./fixtures";
import type { BrowserContext } from "@playwright/test";
import { ROOT } from "../test/support/paths";
import { freePort } from "../test/support/ports";
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { sendFrom } from "./support/send-from";
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

test("50 staff sign-ins with rotating usernames: 10 are checked (the shipped budget), none hashed, the wallet stays quick", async ({
  newContext,
}, testInfo) => {
  test.setTimeout(120_000);
  // A pair of its own with the shipped per-address budget: the suite's apps allow more, for its browsers.
  const own = await startWorkerServers(0, testInfo.outputDir, {
    ports: { app: await freePort(), emulator: await freePort() },
    env: { STAFF_SIGN_IN_BUDGET_ADDRESS: "" },
  });
  try {
    await rotatingUsernamesAgainst(own.appUrl, await newContext("asha"));
    // The shipped per-address budget (10 per quarter hour) let ten through to a check; the rest were
    // refused before any work.
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

const FLOOD_SCRIPT = path.join(ROOT, "e2e", "support", "staff-sign-in-flood.mjs");

/** Runs the flood script (its own process) and resolves with the status of each attempt. */
function floodFrom(appUrl: string, localAddress: string, count: number): Promise<number[]> {
  const flood = spawn(process.execPath, [FLOOD_SCRIPT, appUrl, localAddress, String(count)], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  return new Promise<number[]>((resolve, reject) => {
    let out = "";
    flood.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
    flood.on("error", reject);
    flood.on("exit", (code) =>
      code === 0 ? resolve(JSON.parse(out) as number[]) : reject(new Error(`flood exited ${code}`)),
    );
  });
}

async function rotatingUsernamesAgainst(appUrl: string, shopper: BrowserContext) {
  const wallet = async () => {
    const started = performance.now();
    // Cookies are per host, not port: the saved session (signed with the suite's secret) works here too.
    const response = await shopper.request.get(`${appUrl}/api/wallet`);
    expect(response.status()).toBe(200);
    return performance.now() - started;
  };
  const p50 = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  await wallet(); // warm

  // Idle samples before and after the attack, so whatever else the machine is doing (the suite's other
  // worker) weighs on both sides alike; the attack is 50 sign-ins at once, the wallet asked meanwhile.
  // An instance that has checked a password before (as any in service has) knows how long a check takes;
  // a fresh one measures it once, on a decoy: two hashes that are not the attack's doing.
  await floodFrom(appUrl, "127.0.0.12", 1);
  const idle: number[] = [];
  for (let i = 0; i < 10; i++) idle.push(await wallet());
  const flooded = floodFrom(appUrl, "127.0.0.11", 50);
  const busy: number[] = [];
  for (let i = 0; i < 20; i++) busy.push(await wallet());
  const statuses = await flooded;
  for (let i = 0; i < 10; i++) idle.push(await wallet());
  // Every attempt was answered (refused), none signed anyone in.
  expect(statuses).toHaveLength(50);
  expect(statuses.every((status) => status === 401 || status === 429)).toBe(true);
  console.log(`wallet p50 idle ${p50(idle).toFixed(0)} ms, under attack ${p50(busy).toFixed(0)} ms`);
  // Alone, this measures 1.0-1.9x. Beside the suite's other worker the figure swings (up to 2.5x seen), so
  // the bound here is 4x: what hashing every attempt did (4.1x with 40 hashes, two at a time).
  expect(p50(busy)).toBeLessThanOrEqual(4 * p50(idle));
}

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
