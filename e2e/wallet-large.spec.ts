import { expect, test } from "@playwright/test";
import { BULK_1000 } from "./support/demo";
import { emulator } from "./support/emulator";
import { signInAsShopper } from "./support/shopper";
import { WalletPage } from "./pages/wallet-page";

test("a wallet of 1,000 coupons renders a page at a time and still searches all of them", async ({
  page,
}) => {
  await emulator.reset();
  await signInAsShopper(page, BULK_1000.mobile);
  const wallet = new WalletPage(page);
  const counts = await Promise.all(
    (["Active", "Used", "Expired"] as const).map(async (name) =>
      Number((await wallet.tab(name).innerText()).match(/\((\d+)\)/)![1]),
    ),
  );
  expect(counts.reduce((a, b) => a + b, 0)).toBe(1000);

  const cards = page.getByRole("tabpanel").getByRole("article");
  await expect(cards).toHaveCount(20);
  await page.getByRole("button", { name: /Show more coupons/ }).click();
  await expect(cards).toHaveCount(40);
  expect(await page.evaluate(() => document.querySelectorAll("*").length)).toBeLessThan(2000);

  // Search reaches coupons far beyond the rendered page.
  const lastCode = await page.evaluate(async () => {
    const response = await fetch("/api/wallet");
    const body = (await response.json()) as { coupons: { code: string }[] };
    return body.coupons.at(-1)!.code;
  });
  await wallet.search(lastCode);
  const matches = page.getByRole("tab", { name: /\(1\)$/ });
  await expect(matches).toHaveCount(1);
  await matches.click();
  await expect(wallet.card(lastCode)).toBeVisible();
});
