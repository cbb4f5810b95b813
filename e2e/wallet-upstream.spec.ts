import {
  COUPONS_ROUTE as COUPONS,
  SERIES_ROUTE as SERIES,
  routeCount,
  type EmulatorClient,
} from "../test/support/emulator-client";
import { expect, test } from "./fixtures";

test.use({ signedInAs: "asha" });

/** Upstream calls made while `action` runs (a reset would also revoke the app's OAuth token). */
async function callsDuring(emulator: EmulatorClient, action: () => Promise<void>) {
  const before = await emulator.counters();
  await action();
  const after = await emulator.counters();
  const delta = (route: string) => routeCount(after, route) - routeCount(before, route);
  return { coupons: delta(COUPONS), series: delta(SERIES), total: after.total - before.total };
}

test("a wallet view costs one coupons call and at most one series call; a warm view costs one call", async ({
  emulator,
  wallet,
}) => {
  await emulator.reset();
  await wallet.goto();
  const view = async () => {
    await wallet.goto();
    await expect(wallet.card("WELCOME250")).toBeVisible();
  };

  const cold = await callsDuring(emulator, view);
  expect(cold.coupons).toBe(1);
  expect(cold.series).toBeLessThanOrEqual(1);

  const warm = await callsDuring(emulator, view);
  expect(warm).toEqual({ coupons: 1, series: 0, total: 1 });
});

test("when Capillary is down the wallet shows the last coupons it had, marked with their time, and a retry recovers", async ({
  page,
  emulator,
  wallet,
}) => {
  await emulator.reset();
  await page.clock.install();
  await wallet.goto();
  await expect(wallet.card("WELCOME250")).toBeVisible();
  const stale = page
    .getByRole("main")
    .getByRole("status")
    .filter({ hasText: /Showing saved coupons, as of/ });

  await emulator.faults({ down: true });
  try {
    // Coming back to the tab a minute later refreshes the coupons; the server answers with its last copy.
    await page.clock.fastForward("01:00");
    await page.evaluate(() => window.dispatchEvent(new Event("visibilitychange")));
    await page.evaluate(() => document.dispatchEvent(new Event("visibilitychange")));
    await expect(stale).toContainText(/Showing saved coupons, as of \d{1,2}:\d{2}/, { timeout: 20_000 });
    await expect(page.getByRole("main").getByRole("alert")).toHaveCount(0);
    await expect(wallet.card("WELCOME250")).toBeVisible();
  } finally {
    await emulator.faults({ down: false });
  }
  await page.getByRole("button", { name: "Retry" }).click();
  await expect(stale).toHaveCount(0, { timeout: 20_000 });
  await expect(page.getByText(/Updated at/)).toBeVisible();
});

test("when Capillary is slow the page answers before it with the skeleton, then shows the coupons from that same call", async ({
  page,
  emulator,
  wallet,
}) => {
  const UPSTREAM_LATENCY_MS = 4_000;
  await emulator.reset();
  await wallet.goto();
  await expect(wallet.card("WELCOME250")).toBeVisible(); // token and series cached: only the coupons call is slow
  // As on a device that has not kept a copy of this wallet (with one, that copy shows while Capillary is
  // slow). Cleared away from the wallet page, whose throttled save would otherwise write it back.
  await page.goto("/");
  await page.evaluate(() => localStorage.clear());

  await emulator.faults({ latencyMs: UPSTREAM_LATENCY_MS });
  try {
    const calls = await callsDuring(emulator, async () => {
      const walletFetched = page.waitForResponse((r) => new URL(r.url()).pathname === "/api/wallet", {
        timeout: 3 * UPSTREAM_LATENCY_MS,
      });
      const started = Date.now();
      const response = await page.goto("/wallet", { waitUntil: "commit" });
      expect(response?.status()).toBe(200);
      // The page did not wait for Capillary: it answered while the coupons call was still under way.
      expect(Date.now() - started).toBeLessThan(UPSTREAM_LATENCY_MS);
      await expect(page.getByRole("main", { name: "Loading your coupons" })).toBeVisible();
      expect((await walletFetched).status()).toBe(200);
      await expect(wallet.card("WELCOME250")).toBeVisible();
      await expect(page.getByRole("main", { name: "Loading your coupons" })).toHaveCount(0);
    });
    // The browser's own request joined the render's call still in flight.
    expect(calls.coupons).toBe(1);
  } finally {
    await emulator.faults({ latencyMs: 0 });
  }
});

for (const { slow, path } of [
  { slow: false, path: "the server's saved copy" },
  { slow: true, path: "the device's saved copy (the server render gives up first)" },
]) {
  test(`a reload while every Capillary call answers 503 says the coupons are saved ones, and from when: ${path}`, async ({
    page,
    emulator,
    wallet,
  }) => {
    await emulator.reset();
    await wallet.goto();
    await expect(wallet.card("WELCOME250")).toBeVisible();
    // Remember whether the page ever claims to be fresh while Capillary is down.
    await page.addInitScript(() => {
      const seen = window as unknown as { sawFresh?: boolean };
      new MutationObserver(() => {
        if (document.body?.innerText.includes("Updated at")) seen.sawFresh = true;
      }).observe(document, { subtree: true, childList: true, characterData: true });
    });
    await emulator.faults({ down: true, ...(slow ? { latencyMs: 1_500 } : {}) });
    try {
      await page.reload();
      await expect(wallet.card("WELCOME250")).toBeVisible();
      const notice = page
        .getByRole("main")
        .getByText(/Showing (saved coupons|coupons saved on this device), as of \d{1,2}:\d{2}/);
      await expect(notice).toBeVisible({ timeout: 20_000 });
      await expect(page.getByRole("button", { name: /Retry/ })).toBeVisible();
      expect(await page.evaluate(() => (window as unknown as { sawFresh?: boolean }).sawFresh ?? false)).toBe(
        false,
      );
    } finally {
      await emulator.faults({ down: false, latencyMs: 0 });
    }
  });
}
