import { expect, test } from "@playwright/test";
import { ASHA } from "./support/demo";
import { emulator } from "./support/emulator";
import { signInAsShopper } from "./support/shopper";
import { WalletPage } from "./pages/wallet-page";

test("a shopper who opened their wallet before opens it again with no network, barcode and all", async ({
  page,
  context,
}) => {
  await emulator.reset();
  await signInAsShopper(page, ASHA.mobile);
  // The service worker installs (precaching the app's files) and takes control; one more online visit
  // puts this wallet in its cache.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  const wallet = new WalletPage(page);
  await expect(wallet.card("WELCOME250")).toBeVisible();
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);

  await context.setOffline(true);
  try {
    // Really offline, service worker included: a request it must not answer from cache fails.
    const probe = await page.evaluate(() =>
      fetch("/api/health", { cache: "no-store" }).then(
        () => "reached",
        () => "failed",
      ),
    );
    expect(probe).toBe("failed");

    await page.reload();
    await expect(
      page.getByRole("main").getByRole("status").filter({ hasText: "You're offline." }),
    ).toBeVisible();
    await expect(wallet.card("WELCOME250")).toBeVisible();
    await wallet
      .card("WELCOME250")
      .getByRole("button", { name: /Show at till/ })
      .click();
    const dialog = page.getByRole("dialog", { name: "₹250 off" });
    await expect(dialog.getByRole("img", { name: "Barcode for WELCOME250" })).toBeVisible();
  } finally {
    await context.setOffline(false);
  }
});

test("signing out forgets the wallet kept on the device", async ({ page }) => {
  await signInAsShopper(page, ASHA.mobile);
  await expect
    .poll(() =>
      page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("coupon-wallet:")).length),
    )
    .toBe(1);
  await page.getByRole("button", { name: "Sign out" }).click();
  await page.waitForURL(/\/signin/);
  const left = await page.evaluate(async () => ({
    stored: Object.keys(localStorage).filter((k) => k.startsWith("coupon-wallet:")).length,
    cached: (await caches.keys()).filter((name) => name.startsWith("wallet-")).length,
  }));
  expect(left).toEqual({ stored: 0, cached: 0 });
});
