import { COUPON_LIST_ROUTE, COUPONS_ROUTE, delta, type LoggedRequest } from "../test/support/emulator-client";
import { expect, test } from "./fixtures";
import type { WalletPage } from "./pages/wallet-page";

const TABS = ["Active", "Used", "Expired"] as const;
const CODE = /BK[0-9A-Z]{8}/g;

const isList = (r: LoggedRequest) => r.path === "/v2/customers/coupons";
const isRest = (url: URL) => url.pathname === "/api/wallet" && url.searchParams.has("asOf");

async function tabCounts(wallet: WalletPage): Promise<number[]> {
  return Promise.all(
    TABS.map(async (name) => Number((await wallet.tab(name).innerText()).match(/\((\d+)\)/)![1])),
  );
}

test.describe("a wallet of 5,000 coupons", () => {
  test.use({ signedInAs: "bulk5000", serviceWorkers: "block" });

  test("shows its first coupons from one page of usable coupons, before the rest of the wallet arrives", async ({
    page,
    emulator,
    wallet,
  }) => {
    // A first view: the app learns the wallet is big (and gets a token after the reset).
    await emulator.reset();
    await wallet.goto();
    await expect(wallet.tab("Active")).toBeVisible({ timeout: 30_000 });
    // And the whole of it has arrived: that view's read-ahead has made its last Capillary call, so none of
    // its calls can be counted as the next view's.
    await expect
      .poll(async () => (await tabCounts(wallet)).reduce((a, b) => a + b, 0), { timeout: 30_000 })
      .toBe(5000);

    // Hold the rest of the wallet back: what shows now is the first paint alone.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(isRest, async (route) => {
      await held;
      await route.continue();
    });
    const before = await emulator.counters();
    const html = await (await page.goto("/wallet"))!.text();
    await expect(wallet.cards()).toHaveCount(20);
    await expect(page.getByRole("tab", { name: "Active (…)" })).toBeVisible();

    const calls = delta(before, await emulator.counters());
    const logged = (await emulator.requests()).slice(-calls.total);
    expect(calls.byRoute[COUPONS_ROUTE] ?? 0, "whole-wallet calls").toBe(0);
    // The view's first call is one page of the coupons usable now; anything after it is the read-ahead of
    // the whole wallet, which starts once the page has been sent.
    expect(logged[0]).toMatchObject({
      path: "/v2/customers/coupons",
      query: { status: "REDEEMABLE", limit: "100", offset: "0" },
    });
    expect(logged.filter((r) => isList(r) && r.query.status !== undefined)).toHaveLength(1);
    const codesInPage = new Set(html.match(CODE)).size;
    expect(codesInPage, "coupon codes in the page's HTML").toBeGreaterThan(0);
    expect(codesInPage, "coupon codes in the page's HTML").toBeLessThanOrEqual(60);

    release();
    const counts = await tabCounts(wallet);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(5000);
    expect(await page.evaluate(() => document.querySelectorAll("*").length)).toBeLessThan(2000);
  });
});

test.describe("a wallet of 5,000 coupons, kept on the device", () => {
  test.use({ signedInAs: "bulk5000", serviceWorkers: "block" });

  test("keeps a copy the browser's storage takes: its first usable coupons and every tab's count", async ({
    page,
    wallet,
  }) => {
    await wallet.goto();
    await expect
      .poll(async () => (await tabCounts(wallet)).reduce((a, b) => a + b, 0), { timeout: 30_000 })
      .toBe(5000);
    const [active, used, expired] = await tabCounts(wallet);
    // Saved once the page has settled (a few seconds); the whole wallet (5.5 MB) was more than it takes.
    const readCopy = () =>
      page.evaluate(() => {
        const key = Object.keys(localStorage).find((k) => /^coupon-wallet:[^:]+$/.test(k));
        const text = key ? localStorage.getItem(key) : null;
        if (!text) return null;
        const wallet = JSON.parse(text).clientState.queries[0].state.data;
        return { coupons: wallet.coupons.length, partial: wallet.partial, chars: text.length };
      });
    await expect.poll(readCopy, { timeout: 20_000 }).not.toBeNull();
    const copy = (await readCopy())!;
    expect(copy.coupons).toBe(Math.min(active!, 1000) + Math.min(used!, 20) + Math.min(expired!, 20));
    expect(copy.partial).toEqual({ total: 5000, counts: { active, used, expired } });
    expect(copy.chars).toBeLessThan(2_000_000);
  });
});

test.describe("a wallet of 250 coupons (three list pages)", () => {
  test.use({ signedInAs: "bulk250" });

  test("every tab and the search reach every coupon", async ({ page, wallet }) => {
    await wallet.goto();
    const counts = await tabCounts(wallet);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(250);

    const seen = new Set<string>();
    const more = page.getByRole("button", { name: /Show more coupons/ });
    for (const [i, name] of TABS.entries()) {
      await wallet.openTab(name);
      while (await more.isVisible()) {
        const shown = await wallet.cards().count();
        await more.click();
        await expect(wallet.cards()).not.toHaveCount(shown);
      }
      await expect(wallet.cards()).toHaveCount(counts[i]!);
      const text = await page.getByRole("tabpanel").innerText();
      for (const code of text.match(CODE) ?? []) seen.add(code);
    }
    expect(seen.size).toBe(250);

    // Search reaches a coupon from the list's last page.
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
      await expect(wallet.tab("Active")).toBeVisible();
      let failed = 0;
      await page.route(isRest, async (route) => {
        if (failed++ === 0)
          await route.fulfill({ status: 503, json: { error: { code: "upstream_unavailable" } } });
        else await route.continue();
      });
      await page.goto("/wallet");
      const more = page.getByRole("button", { name: /Show more coupons \(\d+ more\)/ });
      await expect(more).toBeEnabled({ timeout: 10_000 });
      await expect.poll(() => failed).toBe(2);
      await more.click();
      await expect(wallet.cards()).toHaveCount(40);
    });
  });
});

test.describe("a wallet of 50 coupons", () => {
  test.use({ signedInAs: "bulk50" });

  test("costs one Capillary call per view once the app knows it", async ({ page, emulator, wallet }) => {
    await wallet.goto();
    await expect(wallet.tab("Active")).toBeVisible();
    await page.waitForLoadState("networkidle");

    const before = await emulator.counters();
    await wallet.goto();
    await expect(wallet.tab("Active")).toBeVisible();
    await page.waitForLoadState("networkidle");
    const calls = delta(before, await emulator.counters());
    expect(calls.total, JSON.stringify(calls.byRoute)).toBe(1);
    expect(calls.byRoute[COUPONS_ROUTE]).toBe(1);
    expect(calls.byRoute[COUPON_LIST_ROUTE] ?? 0).toBe(0);
    expect(await wallet.cards().count()).toBeGreaterThan(0);
  });
});
