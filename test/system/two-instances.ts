// Two app instances behind no load balancer at all (the test alternates between them) sharing one Redis:
// a throttle counts attempts on both, a series fetched by one is read by the other, a session made on one
// is honoured by the other, and a wallet saved by one is the other's stale copy when Capillary fails.
import assert from "node:assert/strict";
import type { AppInstance } from "./processes";
import { requestCode, signInShopper } from "./sign-in";

const COUPONS = "GET /v2/customers/:id/coupons";
const SERIES = "GET /v2/coupon/series";
const ASHA_MOBILE = "919000000001";

interface Counters {
  total: number;
  byRoute: Record<string, number>;
}

async function counters(emulatorUrl: string): Promise<Counters> {
  return (await (await fetch(`${emulatorUrl}/__emulator/counters`)).json()) as Counters;
}

async function wallet(app: AppInstance, cookie: string) {
  const response = await fetch(`${app.url}/api/wallet`, { headers: { Cookie: cookie } });
  assert.equal(response.status, 200, `GET /api/wallet on ${app.name}`);
  return (await response.json()) as { coupons: unknown[]; stale?: boolean };
}

export async function twoInstancesShareState(a: AppInstance, b: AppInstance, emulatorUrl: string) {
  // A number nobody signs in with: Capillary refuses to send it a code, which the app hides as "sent".
  const mobile = `9195550${String(Date.now() % 100_000).padStart(5, "0")}`;
  const statuses: number[] = [];
  for (const app of [a, b, a, b, a]) statuses.push(await requestCode(app.url, mobile));
  assert.deepEqual(statuses, [200, 200, 200, 200, 200], "five codes, split over both instances");
  assert.equal(await requestCode(b.url, mobile), 429, "the 6th code, on B, is refused");
  assert.equal(await requestCode(a.url, mobile), 429, "and on A too");
  console.log("✓ an OTP throttle counts attempts on both instances (5 allowed, the 6th refused on either)");

  const cookie = await signInShopper(a.url, emulatorUrl, ASHA_MOBILE);
  const before = await counters(emulatorUrl);
  const onA = await wallet(a, cookie);
  const onB = await wallet(b, cookie);
  const after = await counters(emulatorUrl);
  const delta = (route: string) => (after.byRoute[route] ?? 0) - (before.byRoute[route] ?? 0);
  assert.equal(onA.coupons.length, 17);
  assert.equal(onB.coupons.length, 17, "a session signed in on A is honoured by B");
  assert.equal(delta(COUPONS), 2, "one coupons call per view");
  assert.equal(delta(SERIES), 1, "the series fetched by A is read from Redis by B");
  console.log("✓ a session made on A works on B; the series was fetched once for both (1 series call)");

  await fetch(`${emulatorUrl}/__emulator/faults`, { method: "POST", body: JSON.stringify({ down: true }) });
  try {
    const stale = await wallet(b, cookie);
    assert.equal(stale.stale, true);
    assert.equal(stale.coupons.length, 17);
  } finally {
    await fetch(`${emulatorUrl}/__emulator/faults`, {
      method: "POST",
      body: JSON.stringify({ down: false }),
    });
  }
  console.log("✓ with Capillary down, B serves the wallet A saved, marked stale");
  return cookie;
}
