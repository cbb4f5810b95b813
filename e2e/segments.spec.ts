import { expect, test } from "./fixtures";

test.describe("a signed-in shopper", () => {
  test.use({ signedInAs: "asha" });

  test("a wrong address under /wallet gets the wallet's own page with the way back, not a bare 404", async ({
    page,
  }) => {
    const response = await page.goto("/wallet/no-such-page");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Nothing here" })).toBeVisible();
    await page.getByRole("link", { name: "Back to my coupons" }).click();
    await expect(page.getByRole("heading", { name: "My coupons" })).toBeVisible();
  });
});

test("a wrong address under /staff gets the console's own page", async ({ page }) => {
  const response = await page.goto("/staff/no-such-page");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "No such console page" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Back to the console" })).toHaveAttribute("href", "/staff");
});
