import { expect, test } from "@playwright/test";
import { ASHA } from "./support/demo";
import { emulator, routeCount } from "./support/emulator";
import { signInAsShopper } from "./support/shopper";
import { WalletPage } from "./pages/wallet-page";

const COUPONS = "GET /v2/customers/:id/coupons";
const SERIES = "GET /v2/coupon/series";

/** Upstream calls made while `action` runs (a reset would also revoke the app's OAuth token). */
async function callsDuring(action: () => Promise<void>) {
  const before = await emulator.counters();
  await action();
  const after = await emulator.counters();
  const delta = (route: string) => routeCount(after, route) - routeCount(before, route);
  return { coupons: delta(COUPONS), series: delta(SERIES), total: after.total - before.total };
}

test("a wallet view costs one coupons call and at most one series call; a warm view costs one call", async ({
  page,
}) => {
  await emulator.reset();
  await signInAsShopper(page, ASHA.mobile);
  const wallet = new WalletPage(page);
  const view = async () => {
    await wallet.goto();
    await expect(wallet.card("WELCOME250")).toBeVisible();
  };

  const cold = await callsDuring(view);
  expect(cold.coupons).toBe(1);
  expect(cold.series).toBeLessThanOrEqual(1);

  const warm = await callsDuring(view);
  expect(warm).toEqual({ coupons: 1, series: 0, total: 1 });
});

test("when Capillary is down the wallet shows the last coupons it had, marked with their time, and a retry recovers", async ({
  page,
}) => {
  await emulator.reset();
  await page.clock.install();
  await signInAsShopper(page, ASHA.mobile);
  const wallet = new WalletPage(page);
  await expect(wallet.card("WELCOME250")).toBeVisible();
  const stale = page
    .getByRole("main")
    .getByRole("status")
    .filter({ hasText: /Showing coupons as of/ });

  await emulator.faults({ down: true });
  try {
    // Coming back to the tab a minute later refreshes the coupons; the server answers with its last copy.
    await page.clock.fastForward("01:00");
    await page.evaluate(() => window.dispatchEvent(new Event("visibilitychange")));
    await page.evaluate(() => document.dispatchEvent(new Event("visibilitychange")));
    await expect(stale).toContainText(/Showing coupons as of \d{1,2}:\d{2}/, { timeout: 20_000 });
    await expect(page.getByRole("main").getByRole("alert")).toHaveCount(0);
    await expect(wallet.card("WELCOME250")).toBeVisible();
  } finally {
    await emulator.faults({ down: false });
  }
  await page.getByRole("button", { name: "Retry" }).click();
  await expect(stale).toHaveCount(0, { timeout: 20_000 });
  await expect(page.getByText(/Updated at/)).toBeVisible();
});
