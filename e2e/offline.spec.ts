import { ASHA, bulkCustomer } from "../test/support/demo";
import { expect, test } from "./fixtures";

test.describe("signed in as Asha", () => {
  test.use({ signedInAs: "asha" });

  test("a shopper who opened their wallet before opens it again with no network, barcode and all", async ({
    page,
    context,
    emulator,
    wallet,
  }) => {
    await emulator.reset();
    await wallet.goto();
    // The service worker installs (precaching the app's files) and takes control; one more online visit
    // puts this wallet in its cache.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.reload();
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
      // The open page hears the browser go offline, and says so.
      const offlineBanner = page.getByRole("main").getByRole("status").filter({ hasText: "You're offline." });
      await expect(offlineBanner).toBeVisible();

      await page.reload();
      await expect(wallet.card("WELCOME250")).toBeVisible();
      // The reloaded page says so too where the browser reports being offline. Chromium 150's emulated
      // offline does not reach a document loaded after it was set (navigator.onLine reads true there,
      // while a phone with no network reads false); 156 reaches it.
      if (!(await page.evaluate(() => navigator.onLine))) await expect(offlineBanner).toBeVisible();
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
});

// Signing out is this test's subject: through the real pages.
test("signing out forgets the wallet kept on the device", async ({ page, signInPage }) => {
  await signInPage.signIn(ASHA.mobile);
  // The copy, and beside it the mark that says when it is from (saved once the page has settled).
  await expect
    .poll(
      () =>
        page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("coupon-wallet:")).length),
      { timeout: 20_000 },
    )
    .toBe(2);
  await page.getByRole("button", { name: "Sign out" }).click();
  await page.waitForURL(/\/signin/);
  const left = await page.evaluate(async () => ({
    stored: Object.keys(localStorage).filter((k) => k.startsWith("coupon-wallet:")).length,
    cached: (await caches.keys()).filter((name) => name.startsWith("wallet-")).length,
  }));
  expect(left).toEqual({ stored: 0, cached: 0 });
});

// The saved copy belongs to the session: when the session ends without a sign-out (it expired, the
// cookie went), the device offline shows the sign-in page, never the last shopper's coupons.
test("a session that ended without sign-out: offline, the sign-in page, not the old wallet", async ({
  page,
  context,
  signInPage,
  wallet,
}) => {
  await signInPage.signIn(bulkCustomer(78).mobile);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await expect(wallet.cards().first()).toBeVisible();
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);

  // What the browser does when the session's cookies reach their expiry.
  await context.clearCookies({ name: "cw-offline" });
  await context.clearCookies({ name: /next-auth\.session-token/ });
  await context.setOffline(true);
  try {
    await page.goto("/wallet").catch(() => undefined);
    await expect(page.getByRole("heading", { name: "Sign in to your wallet" })).toBeVisible();
    await expect(page.getByRole("article")).toHaveCount(0);
  } finally {
    await context.setOffline(false);
  }
});
