import { COUPONS_ROUTE as COUPONS, routeCount } from "../test/support/emulator-client";
import { expect, test } from "./fixtures";

test.use({ signedInAs: "bulk1000" });

test("a wallet of 1,000 coupons renders a page at a time and still searches all of them", async ({
  page,
  emulator,
  wallet,
}) => {
  await emulator.reset();
  await wallet.goto();
  // The page itself carries each tab's first page only; the rest comes from the server's copy of the same
  // answer, without a second Capillary call.
  const before = await emulator.counters();
  const rest = page.waitForResponse((r) => new URL(r.url()).pathname === "/api/wallet");
  const html = await (await page.goto("/wallet"))!.text();
  const restUrl = new URL((await rest).url());
  expect(restUrl.searchParams.get("asOf")).toMatch(/^\d{4}-\d\d-\d\dT/);
  expect((await rest).status()).toBe(200);
  const after = await emulator.counters();
  expect(routeCount(after, COUPONS) - routeCount(before, COUPONS)).toBe(1);
  const codesInPage = new Set(html.match(/BK[0-9A-Z]{8}/g)).size;
  expect(codesInPage, "coupon codes in the page's HTML").toBeGreaterThan(0);
  expect(codesInPage, "coupon codes in the page's HTML").toBeLessThanOrEqual(60);

  const counts = await Promise.all(
    (["Active", "Used", "Expired"] as const).map(async (name) =>
      Number((await wallet.tab(name).innerText()).match(/\((\d+)\)/)![1]),
    ),
  );
  expect(counts.reduce((a, b) => a + b, 0)).toBe(1000);

  const cards = wallet.cards();
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

test.describe("with no service worker between the page and the network", () => {
  test.use({ serviceWorkers: "block" });

  test("when fetching the rest of a big wallet fails once, it is tried again and 'Show more' comes back", async ({
    page,
    wallet,
  }) => {
    await wallet.goto();
    let failed = 0;
    await page.route(
      (url) => url.pathname === "/api/wallet" && url.searchParams.has("asOf"),
      async (route) => {
        if (failed++ === 0)
          await route.fulfill({ status: 503, json: { error: { code: "upstream_unavailable" } } });
        else await route.continue();
      },
    );
    await page.goto("/wallet");
    const more = page.getByRole("button", { name: /Show more coupons \(\d+ more\)/ });
    await expect(more).toBeEnabled({ timeout: 10_000 });
    await expect.poll(() => failed).toBe(2);
    await more.click();
    await expect(wallet.cards()).toHaveCount(40);
  });
});
