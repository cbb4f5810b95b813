import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "./fixtures";
import { staffApi, type StaffApi } from "./support/staff-api";

/** A staff route: a POST of `data` (signed as the console signs it), or a GET without. */
interface StaffCall {
  path: string;
  data?: unknown;
}

const STAFF_CALLS: StaffCall[] = [
  { path: "/api/customers", data: { by: "id", value: "565032176" } },
  { path: "/api/customers", data: { by: "mobile", value: "919000000001" } },
  { path: "/api/customers/565032176/coupons" },
  { path: "/api/coupons", data: { codes: ["WL2ZBJZK", "PT4I43YN"] } },
  { path: "/api/coupons", data: { codes: ["WL2ZBJZK"], customerId: "98662653", case: "AS_IT_IS" } },
  { path: "/api/staff/redemptions" },
  {
    path: "/api/staff/redeem",
    data: {
      customerId: "500000001",
      code: "MARKUP2024",
      billNumber: "B-1",
      billAmount: "100",
      attemptId: "access-spec-attempt-0001",
    },
  },
];

async function expectError(staff: StaffApi, call: StaffCall, status: number, code: string) {
  const response =
    call.data === undefined ? await staff.get(call.path) : await staff.post(call.path, call.data);
  expect(response.status(), `${call.path} ${JSON.stringify(call.data ?? "")}`).toBe(status);
  expect(await response.json()).toEqual({ error: { code, message: expect.any(String) } });
}

test.describe("who may use the staff console", () => {
  test("a signed-out request gets 401 from every staff route, and the page asks for a staff sign-in", async ({
    page,
    baseURL,
  }) => {
    const staff = staffApi(page.request, baseURL!);
    for (const call of STAFF_CALLS) await expectError(staff, call, 401, "unauthenticated");
    await page.goto("/staff");
    await expect(page).toHaveURL(/\/staff\/signin/);
  });

  test.describe("as a shopper", () => {
    test.use({ signedInAs: "asha" });

    test("a shopper session gets 403 from every staff route and never sees the console", async ({
      page,
      emulator,
      wallet,
      baseURL,
    }) => {
      await wallet.goto();
      const before = (await emulator.counters()).total;
      const staff = staffApi(page.request, baseURL!);
      for (const call of STAFF_CALLS) await expectError(staff, call, 403, "forbidden");
      expect((await emulator.counters()).total).toBe(before);
      await page.goto("/staff");
      await expect(page.getByRole("heading", { name: "This console is for store staff" })).toBeVisible();
      await expect(page.getByLabel("Customer", { exact: true })).toHaveCount(0);
    });
  });

  test.describe("as staff", () => {
    test.use({ signedInAs: "staff" });

    test("a staff session cannot open a shopper's wallet", async ({ page, staffConsole, baseURL }) => {
      await staffConsole.goto();
      await expectError(staffApi(page.request, baseURL!), { path: "/api/wallet" }, 403, "forbidden");
    });

    test("look-ups are POSTs: customer data in a GET's URL is answered 405, and reaches nothing", async ({
      page,
      emulator,
      baseURL,
    }) => {
      const staff = staffApi(page.request, baseURL!);
      const before = (await emulator.counters()).total;
      for (const url of [
        "/api/customers?id=565032176",
        "/api/customers?mobile=919000000001",
        "/api/customers",
        "/api/coupons?codes=WL2ZBJZK,PT4I43YN",
        "/api/coupons",
      ]) {
        expect((await staff.get(url)).status(), url).toBe(405);
      }
      expect((await emulator.counters()).total).toBe(before);
    });

    test("bad input is a 400 and never reaches Capillary", async ({
      page,
      emulator,
      staffConsole,
      baseURL,
    }) => {
      await staffConsole.goto();
      const staff = staffApi(page.request, baseURL!);
      const before = (await emulator.counters()).total;
      const codes21 = Array.from({ length: 21 }, (_, i) => `CODE${i}`);
      for (const call of [
        { path: "/api/customers", data: { by: "id", value: "-1" } },
        { path: "/api/customers", data: { by: "id", value: "abc" } },
        { path: "/api/customers", data: {} },
        { path: "/api/customers", data: { by: ["id", "mobile"], value: "919000000001" } },
        { path: "/api/customers/-5/coupons" },
        { path: "/api/customers/12ab/coupons" },
        { path: "/api/coupons", data: {} },
        { path: "/api/coupons", data: { codes: [] } },
        { path: "/api/coupons", data: { codes: ["A", "", "B"] } },
        { path: "/api/coupons", data: { codes: ["A".repeat(65)] } },
        { path: "/api/coupons", data: { codes: codes21 } },
        { path: "/api/coupons", data: { codes: ["WL2ZBJZK"], case: "MIXED" } },
        { path: "/api/coupons", data: { codes: ["WL2ZBJZK"], customerId: "-3" } },
      ]) {
        await expectError(staff, call, 400, "bad_request");
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
