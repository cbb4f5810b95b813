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

test("when Capillary is down the wallet says so, keeps the coupons it has, and a retry recovers", async ({
  page,
}) => {
  await emulator.reset();
  await page.clock.install();
  await signInAsShopper(page, ASHA.mobile);
  const wallet = new WalletPage(page);
  await expect(wallet.card("WELCOME250")).toBeVisible();

  await emulator.faults({ down: true });
  try {
    // Coming back to the tab a minute later refreshes the coupons, which now fails.
    await page.clock.fastForward("01:00");
    await page.evaluate(() => window.dispatchEvent(new Event("visibilitychange")));
    await page.evaluate(() => document.dispatchEvent(new Event("visibilitychange")));
    const alert = page.getByRole("main").getByRole("alert");
    await expect(alert).toContainText("Can't reach the coupon service.", { timeout: 20_000 });
    await expect(alert).toContainText(/Showing coupons as of \d{1,2}:\d{2}/);
    await expect(wallet.card("WELCOME250")).toBeVisible();
  } finally {
    await emulator.faults({ down: false });
  }
  await page.getByRole("button", { name: "Retry" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveCount(0, { timeout: 20_000 });
  await expect(page.getByText(/Updated at/)).toBeVisible();
});
