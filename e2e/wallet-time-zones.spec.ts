import { expect, test } from "./fixtures";

// Signed in as one of the docs' customers; the session carries the zone this browser's sign-in reported.
test.use({ signedInAs: "docs343040815" });

// The docs' coupon ER07BCJ8 expires at 2020-05-18T23:59:59+05:30: one instant, two wall clocks.
const CASES = [
  { timezoneId: "Asia/Kolkata", expiry: "18 May 2020, 11:59 pm IST" },
  { timezoneId: "America/Los_Angeles", expiry: "18 May 2020, 11:29 am GMT-7" },
] as const;

for (const { timezoneId, expiry } of CASES) {
  test.describe(`a shopper in ${timezoneId}`, () => {
    test.use({ timezoneId });

    test(`sees the docs' expiry as ${expiry}`, async ({ page, emulator, wallet }) => {
      await emulator.reset();
      await wallet.goto();
      await wallet.openTab("Expired");
      const card = wallet.card("ER07BCJ8");
      await expect(card).toContainText(expiry);
      await expect(card).toContainText("10% off");
      // redemptionsLeft -1 on a series with isMultipleUseAllowed false: single use, not unlimited.
      await expect(card).toContainText("Single use");
      // Also right after a reload, when the server renders with the zone the browser reported.
      await page.reload();
      await wallet.openTab("Expired");
      await expect(wallet.card("ER07BCJ8")).toContainText(expiry);
    });
  });
}

test.describe("a shopper who has travelled since signing in", () => {
  test.use({ timezoneId: "America/Los_Angeles" });

  test("is first shown the zone the server knew, then their own, which the next visit keeps", async ({
    page,
    context,
    baseURL,
    emulator,
    wallet,
  }) => {
    await emulator.reset();
    await wallet.goto();
    // The zone this browser reported at home.
    await context.addCookies([{ name: "tz", value: "Asia/Kolkata", url: baseURL! }]);
    await page.reload();
    await wallet.openTab("Expired");
    await expect(wallet.card("ER07BCJ8")).toContainText("18 May 2020, 11:59 pm IST");
    // Once the page has settled it checks the browser's own zone.
    await expect(wallet.card("ER07BCJ8")).toContainText("18 May 2020, 11:29 am GMT-7", { timeout: 15_000 });
    await expect
      .poll(async () =>
        decodeURIComponent((await context.cookies()).find((c) => c.name === "tz")?.value ?? ""),
      )
      .toBe("America/Los_Angeles");
  });
});
