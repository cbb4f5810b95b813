import AxeBuilder from "@axe-core/playwright";
import { expect, test, type APIRequestContext, type Page } from "./fixtures";

const STAFF_ROUTES = [
  "/api/customers?id=565032176",
  "/api/customers?mobile=919000000001",
  "/api/customers/565032176/coupons",
  "/api/coupons?codes=WL2ZBJZK,PT4I43YN",
  "/api/coupons?codes=WL2ZBJZK&customerId=98662653&case=AS_IT_IS",
];

async function expectError(request: APIRequestContext, url: string, status: number, code: string) {
  const response = await request.get(url);
  expect(response.status(), url).toBe(status);
  expect(await response.json()).toEqual({ error: { code, message: expect.any(String) } });
}

test.describe("who may use the staff console", () => {
  test("a signed-out request gets 401 from every staff route, and the page asks for a staff sign-in", async ({
    page,
  }) => {
    for (const url of STAFF_ROUTES) await expectError(page.request, url, 401, "unauthenticated");
    await page.goto("/staff");
    await expect(page).toHaveURL(/\/staff\/signin/);
  });

  test.describe("as a shopper", () => {
    test.use({ signedInAs: "asha" });

    test("a shopper session gets 403 from every staff route and never sees the console", async ({
      page,
      emulator,
      wallet,
    }) => {
      await wallet.goto();
      const before = (await emulator.counters()).total;
      for (const url of STAFF_ROUTES) await expectError(page.request, url, 403, "forbidden");
      expect((await emulator.counters()).total).toBe(before);
      await page.goto("/staff");
      await expect(page.getByRole("heading", { name: "This console is for store staff" })).toBeVisible();
      await expect(page.getByLabel("Customer", { exact: true })).toHaveCount(0);
    });
  });

  test.describe("as staff", () => {
    test.use({ signedInAs: "staff" });

    test("a staff session cannot open a shopper's wallet", async ({ page, staffConsole }) => {
      await staffConsole.goto();
      await expectError(page.request, "/api/wallet", 403, "forbidden");
    });

    test("bad input is a 400 and never reaches Capillary", async ({ page, emulator, staffConsole }) => {
      await staffConsole.goto();
      const before = (await emulator.counters()).total;
      const codes21 = Array.from({ length: 21 }, (_, i) => `CODE${i}`).join(",");
      for (const url of [
        "/api/customers?id=-1",
        "/api/customers?id=abc",
        "/api/customers",
        "/api/customers?id=1&mobile=919000000001",
        "/api/customers/-5/coupons",
        "/api/customers/12ab/coupons",
        "/api/coupons",
        "/api/coupons?codes=",
        "/api/coupons?codes=A,,B",
        `/api/coupons?codes=${"A".repeat(65)}`,
        `/api/coupons?codes=${codes21}`,
        "/api/coupons?codes=WL2ZBJZK&case=MIXED",
        "/api/coupons?codes=WL2ZBJZK&customerId=-3",
      ]) {
        await expectError(page.request, url, 400, "bad_request");
      }
      expect((await emulator.counters()).total).toBe(before);
    });
  });

  // Signing in is this test's subject: through the real page.
  test("failed staff sign-ins are throttled", async ({ page, staffSignInPage }) => {
    const username = `throttle.${Date.now()}`; // the throttle outlives a test run on a reused server
    await staffSignInPage.goto();
    for (let i = 0; i < 5; i++) {
      await staffSignInPage.attempt(username, `wrong-${i}`);
      await expect(page.getByRole("main").getByRole("alert")).toHaveText(
        "That username and password don't match.",
      );
    }
    await page.getByLabel("Password").fill("wrong-again");
    await page.getByRole("button", { name: "Sign in" }).tap();
    await expect(page.getByRole("main").getByRole("alert")).toContainText("Too many failed sign-ins");
  });
});

test.describe("accessibility", () => {
  const axe = (page: Page) =>
    new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();

  test("the staff sign-in page has no axe violations", async ({ page, staffSignInPage }) => {
    await staffSignInPage.goto();
    expect((await axe(page)).violations).toEqual([]);
  });

  test.describe("as staff", () => {
    test.use({ signedInAs: "staff" });

    for (const viewport of [
      { width: 1024, height: 768 },
      { width: 768, height: 1024 },
    ]) {
      test(`the console with a customer and code results has no axe violations at ${viewport.width}x${viewport.height}`, async ({
        page,
        staffConsole,
      }) => {
        await page.setViewportSize(viewport);
        await staffConsole.goto();
        expect((await axe(page)).violations).toEqual([]);
        await staffConsole.findCustomer("919000000001");
        await staffConsole.expectCustomerHeading("Asha Rao");
        await staffConsole.checkCodes("WL2ZBJZK PT4I43YN NOSUCHCODE1");
        await expect(staffConsole.result("NOSUCHCODE1")).toBeVisible();
        expect((await axe(page)).violations).toEqual([]);
      });
    }
  });
});
