// Two app instances behind no load balancer at all (the test alternates between them) sharing one Redis:
// a throttle counts attempts on both, a series fetched by one is read by the other, a session made on one
// is honoured by the other, and a wallet saved by one is the other's stale copy when Capillary fails.
import assert from "node:assert/strict";
import { ASHA } from "../support/demo";
import { COUPONS_ROUTE, SERIES_ROUTE, delta, type EmulatorClient } from "../support/emulator-client";
import type { NextApp } from "../support/next-app";
import { requestCode, signInShopper } from "../support/sign-in";

async function wallet(app: NextApp, cookie: string) {
  const response = await fetch(`${app.url}/api/wallet`, { headers: { Cookie: cookie } });
  assert.equal(response.status, 200, `GET /api/wallet on ${app.name}`);
  return (await response.json()) as { coupons: unknown[]; stale?: boolean };
}

export async function twoInstancesShareState(a: NextApp, b: NextApp, emulator: EmulatorClient) {
  // A number nobody signs in with: Capillary refuses to send it a code, which the app hides as "sent".
  const mobile = `9195550${String(Date.now() % 100_000).padStart(5, "0")}`;
  const statuses: number[] = [];
  for (const app of [a, b, a, b, a]) statuses.push(await requestCode(app.url, mobile));
  assert.deepEqual(statuses, [200, 200, 200, 200, 200], "five codes, split over both instances");
  assert.equal(await requestCode(b.url, mobile), 429, "the 6th code, on B, is refused");
  assert.equal(await requestCode(a.url, mobile), 429, "and on A too");
  console.log("✓ an OTP throttle counts attempts on both instances (5 allowed, the 6th refused on either)");

  const { cookie } = await signInShopper(a.url, emulator, ASHA.mobile);
  const before = await emulator.counters();
  const onA = await wallet(a, cookie);
  const onB = await wallet(b, cookie);
  const calls = delta(before, await emulator.counters()).byRoute;
  assert.equal(onA.coupons.length, 17);
  assert.equal(onB.coupons.length, 17, "a session signed in on A is honoured by B");
  assert.equal(calls[COUPONS_ROUTE] ?? 0, 2, "one coupons call per view");
  assert.equal(calls[SERIES_ROUTE] ?? 0, 1, "the series fetched by A is read from Redis by B");
  console.log("✓ a session made on A works on B; the series was fetched once for both (1 series call)");

  await emulator.faults({ down: true });
  try {
    const stale = await wallet(b, cookie);
    assert.equal(stale.stale, true);
    assert.equal(stale.coupons.length, 17);
  } finally {
    await emulator.faults({ down: false });
  }
  console.log("✓ with Capillary down, B serves the wallet A saved, marked stale");
  return cookie;
}
