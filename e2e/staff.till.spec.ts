// At the till: redeem against a bill, undo it, roles, masking, a shared tablet that forgets.
import { ASHA, DEMO_STAFF } from "../test/support/demo";
import { routeCount } from "../test/support/emulator-client";
import { expect, test } from "./fixtures";
import { StaffConsolePage } from "./pages/staff-console";
import { StaffSignInPage } from "./pages/staff-sign-in-page";
import { WalletPage } from "./pages/wallet-page";

const REDEEM = "POST /v2/coupon/redeem";
const IS_REDEEMABLE = "GET /v2/coupon/is_redeemable";
const bill = () => `E2E-${Date.now().toString(36)}`;

// Redemptions stay in the worker's emulator until undone: each test leaves it as it found it.
test.afterEach(async ({ emulator }) => {
  await emulator.reset();
});

test.describe("redeeming at the counter", () => {
  test.use({ signedInAs: "staff" });

  test("check → redeem with a bill → the shopper sees one use fewer → undo → restored", async ({
    staffConsole: console,
    newContext,
    emulator,
    auditLines,
  }) => {
    const since = Date.now();
    const shopper = new WalletPage(await (await newContext("asha")).newPage());
    await shopper.goto();
    await expect(shopper.card("COFFEE3X01")).toContainText("2 of 3 uses left");

    await console.goto();
    await console.chooseTill("Koramangala till 1");
    await console.checkCodes("COFFEE3X01");
    await expect(console.result("COFFEE3X01")).toContainText("Valid");
    const number = bill();
    await console.redeem("COFFEE3X01", { number, amount: "450.50" });
    await expect(console.result("COFFEE3X01")).toContainText(`Redeemed on bill ${number}`);
    await expect(console.result("COFFEE3X01")).toContainText("1 of 3 uses left");
    expect(routeCount(await emulator.counters(), REDEEM)).toBe(1);

    await shopper.page.reload();
    await expect(shopper.card("COFFEE3X01")).toContainText("1 of 3 uses left");

    await console.undoButton(number).tap();
    await expect(console.recentRedemptions()).toContainText(
      `Undone: the coupon on bill ${number} can be used again.`,
    );
    await shopper.page.reload();
    await expect(shopper.card("COFFEE3X01")).toContainText("2 of 3 uses left");

    await expect.poll(() => auditLines(since).entries.filter((e) => e.action === "undo").length).toBe(1);
    const { entries, raw } = auditLines(since);
    const redeemed = entries.find((e) => e.action === "redeem");
    expect(redeemed).toMatchObject({
      staffUser: DEMO_STAFF.username,
      role: "redeem",
      result: "redeemed",
      query: { code: "CO******01", bill: number, amount: "450.50", till: "Koramangala till 1" },
    });
    expect(redeemed?.requestIds.length).toBeGreaterThan(0);
    expect(entries.find((e) => e.action === "undo")).toMatchObject({
      result: "undone",
      query: { bill: number },
    });
    expect(raw).not.toContain("COFFEE3X01");
  });

  test("a double tap redeems once", async ({ page, staffConsole: console, emulator }) => {
    await console.goto();
    await console.chooseTill("Indiranagar till 1");
    await console.checkCodes("WELCOME250");
    const card = console.result("WELCOME250");
    await card.getByLabel("Bill number").fill(bill());
    await card.getByLabel("Bill amount").fill("1200");
    await card.getByRole("button", { name: "Redeem WELCOME250" }).dblclick();
    await expect(console.recentRedemptions()).toContainText("WELCOME250".slice(-4));
    await expect(page.getByText(/Not redeemed/)).toHaveCount(0);
    expect(routeCount(await emulator.counters(), REDEEM)).toBe(1);
  });

  test("a bill below the minimum is refused in words before anything is sent", async ({
    staffConsole: console,
    emulator,
  }) => {
    await console.goto();
    await console.chooseTill("Indiranagar till 1");
    await console.checkCodes("WELCOME250");
    const before = await emulator.counters();
    await console.redeem("WELCOME250", { number: bill(), amount: "999" });
    const card = console.result("WELCOME250");
    await expect(card.getByRole("alert")).toContainText(
      "Not redeemed: The bill must be at least ₹1,000 for this coupon.",
    );
    await expect(card).toContainText("Nothing was sent to Capillary.");
    const after = await emulator.counters();
    expect(routeCount(after, REDEEM) - routeCount(before, REDEEM)).toBe(0);
    expect(routeCount(after, IS_REDEEMABLE) - routeCount(before, IS_REDEEMABLE)).toBe(0);
  });

  test("expired and used-up coupons offer no Redeem; the API refuses them without a redeem call", async ({
    page,
    staffConsole: console,
    emulator,
  }) => {
    await console.goto();
    await console.chooseTill("Indiranagar till 1");
    await console.checkCodes("GONE3DAYS,USED2XDONE");
    await expect(console.result("GONE3DAYS")).toContainText("Expired");
    await expect(console.result("USED2XDONE")).toContainText("Already redeemed");
    await expect(page.getByRole("button", { name: /^Redeem / })).toHaveCount(0);

    const { csrfToken } = (await (await page.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
    for (const code of ["GONE3DAYS", "USED2XDONE"]) {
      const response = await page.request.post("/api/staff/redeem", {
        headers: { Origin: new URL(page.url()).origin, "X-CSRF-Token": csrfToken },
        data: {
          customerId: ASHA.customerId,
          code,
          billNumber: bill(),
          billAmount: "2000",
          attemptId: `api-${code}-${Date.now()}`,
        },
      });
      expect(response.status()).toBe(200);
      expect(await response.json()).toMatchObject({ outcome: "refused", stage: "precheck" });
    }
    expect(routeCount(await emulator.counters(), REDEEM)).toBe(0);
  });

  test("a manager can undo a colleague's redemption; the undo button goes when the window closes", async ({
    staffConsole: console,
    newContext,
  }) => {
    await console.goto();
    await console.chooseTill("Bandra West till 1");
    await console.checkCodes("ONEUSE5OFF");
    const number = bill();
    await console.redeem("ONEUSE5OFF", { number, amount: "300" });
    await expect(console.undoButton(number)).toBeVisible();

    const managerPage = await (await newContext("staffManager")).newPage();
    await managerPage.clock.install();
    await managerPage.goto("/staff");
    const managerConsole = new StaffConsolePage(managerPage);
    await expect(managerConsole.recentRedemptions()).toContainText(`by ${DEMO_STAFF.username}`);
    await expect(managerConsole.undoButton(number)).toBeVisible();
    // Sixteen minutes on, the window (15 minutes) is over: the button is gone.
    await managerPage.clock.fastForward("16:00");
    await expect(managerConsole.undoButton(number)).toHaveCount(0);
  });
});

test.describe("who may do what", () => {
  test.use({ signedInAs: "staffLookup" });

  test("a look-up-only account checks codes but is offered no Redeem", async ({
    page,
    staffConsole: console,
  }) => {
    await console.goto();
    await expect(page.getByText("Signed in as staff.lookup (look up only)")).toBeVisible();
    await console.checkCodes("COFFEE3X01");
    await expect(console.result("COFFEE3X01")).toContainText("Valid");
    await expect(page.getByRole("button", { name: /^Redeem / })).toHaveCount(0);
  });
});

test.describe("only what the task needs", () => {
  test.use({ signedInAs: "staff" });

  test("customer details and a customer's codes are masked; Reveal shows one for a minute, audited", async ({
    page,
    staffConsole: console,
    auditLines,
  }) => {
    const since = Date.now();
    await page.clock.install();
    await console.goto();
    await console.findCustomer("919000000001");
    await console.expectCustomerHeading("Asha Rao");
    const mobile = page
      .getByRole("definition")
      .filter({ has: page.getByRole("button", { name: "Reveal mobile" }) });
    await expect(mobile).toContainText("••••0001");
    await expect(page.getByText(ASHA.mobile)).toHaveCount(0);
    await expect(page.getByText("a•••@example.com")).toBeVisible();
    const coffee = console.couponCards().filter({ hasText: "••••3X01" });
    await expect(coffee).toHaveCount(1);
    await expect(page.getByText("COFFEE3X01")).toHaveCount(0);

    await page.getByRole("button", { name: "Reveal mobile" }).tap();
    await expect(page.getByText(ASHA.mobile, { exact: true })).toBeVisible();
    await coffee.getByRole("button", { name: "Reveal code" }).tap();
    await expect(coffee.getByText("COFFEE3X01", { exact: true })).toBeVisible();
    await page.clock.fastForward("01:01");
    await expect(page.getByText(ASHA.mobile)).toHaveCount(0);
    await expect(page.getByText("COFFEE3X01")).toHaveCount(0);

    await expect.poll(() => auditLines(since).entries.filter((e) => e.action === "reveal").length).toBe(2);
    const reveals = auditLines(since).entries.filter((e) => e.action === "reveal");
    expect(reveals.map((e) => e.query.field).sort()).toEqual(["code", "mobile"]);
    expect(reveals.every((e) => e.result === "revealed" && e.customerIds?.[0] === ASHA.customerId)).toBe(
      true,
    );
    expect(auditLines(since).raw).not.toContain(ASHA.mobile);
  });

  test("look-ups travel in request bodies, never in URLs", async ({ page, staffConsole: console }) => {
    const urls: string[] = [];
    page.on("request", (request) => urls.push(request.url()));
    await console.goto();
    await console.findCustomer("919000000001");
    await console.expectCustomerHeading("Asha Rao");
    await console.checkCodes("COFFEE3X01");
    await expect(console.result("COFFEE3X01")).toContainText("Valid");
    expect(urls.filter((url) => /9000000001|COFFEE3X01|asha/i.test(url))).toEqual([]);
  });
});

test.describe("a shared tablet that forgets", () => {
  test.use({ signedInAs: "staff" });

  test("the customer clears after a minute idle, and nothing of them stays in storage or history", async ({
    page,
    staffConsole: console,
  }) => {
    await page.clock.install();
    await console.goto();
    await console.findCustomer("919000000001");
    await console.expectCustomerHeading("Asha Rao");
    await page.clock.fastForward("01:01");
    await expect(page.getByRole("heading", { name: "Asha Rao" })).toHaveCount(0);
    await expect(page.getByText("The screen was cleared after 1 minute without use.")).toBeVisible();

    const stored = await page.evaluate(() => JSON.stringify({ ...localStorage, ...sessionStorage }));
    expect(stored).not.toMatch(/Asha|500000001|0001/);
    await page.goBack();
    await page.goForward();
    await expect(page.getByRole("heading", { name: "Staff console" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Asha Rao" })).toHaveCount(0);
    expect(page.url()).not.toMatch(/9000000001|500000001/);
  });

  test("New customer clears at once; the back button brings nothing back", async ({
    page,
    staffConsole: console,
  }) => {
    await console.goto();
    await console.findCustomer("919000000001");
    await console.expectCustomerHeading("Asha Rao");
    await page.getByRole("button", { name: "New customer" }).tap();
    await expect(page.getByRole("heading", { name: "Asha Rao" })).toHaveCount(0);
    await page.goBack();
    await expect(page.getByText("Asha Rao")).toHaveCount(0);
  });

  test("the console locks after idling and opens with the password or a PIN; switching staff is two taps", async ({
    newContext,
  }) => {
    // Its own session: the lock is kept per session, and the saved one serves other tests.
    const page = await (await newContext()).newPage();
    const console = new StaffConsolePage(page);
    await page.clock.install();
    await new StaffSignInPage(page).signIn();
    await page.getByRole("button", { name: "Set a PIN for unlocking" }).tap();
    await page.getByLabel("New PIN (4-8 digits)").fill("2468");
    await page.getByRole("button", { name: "Save PIN" }).tap();
    await expect(page.getByText("PIN set for this shift.")).toBeVisible();
    await console.findCustomer("919000000001");
    await console.expectCustomerHeading("Asha Rao");

    // The e2e apps lock after 120 minutes (STAFF_LOCK_MINUTES in e2e/support/worker-servers.ts).
    await page.clock.fastForward("2:01:00");
    await expect(page.getByRole("heading", { name: "Console locked" })).toBeVisible();
    await expect(page.getByText("Asha Rao")).toHaveCount(0);
    // The server agrees: the console's API answers 423 until unlocked.
    const { csrfToken } = (await (await page.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
    const headers = { Origin: new URL(page.url()).origin, "X-CSRF-Token": csrfToken };
    expect(
      (
        await page.request.post("/api/customers", { headers, data: { by: "id", value: ASHA.customerId } })
      ).status(),
    ).toBe(423);

    await page.getByLabel("Password").fill("not-the-password");
    await page.getByRole("button", { name: "Unlock" }).tap();
    await expect(page.getByRole("alert")).toContainText("didn't match");
    await page.getByLabel("Password").fill(DEMO_STAFF.password);
    await page.getByRole("button", { name: "Unlock" }).tap();
    await expect(page.getByRole("heading", { name: "Staff console" })).toBeVisible();

    await page.getByRole("button", { name: "Lock", exact: true }).tap();
    await page.getByRole("button", { name: "Use my PIN instead" }).tap();
    await page.getByLabel("PIN").fill("2468");
    await page.getByRole("button", { name: "Unlock" }).tap();
    await expect(page.getByRole("heading", { name: "Staff console" })).toBeVisible();

    await page.getByRole("button", { name: "Switch staff" }).tap();
    await page.getByRole("button", { name: `Sign out ${DEMO_STAFF.username} now` }).tap();
    await page.waitForURL((url) => url.pathname === "/staff/signin");
  });
});

test.describe("shoppers see who looked", () => {
  test.use({ signedInAs: "staff" });

  test("a look-up and a redemption show on the shopper's activity page, without the staff member's name", async ({
    staffConsole: console,
    newContext,
  }) => {
    await console.goto();
    await console.chooseTill("Koramangala till 1");
    await console.findCustomer("919000000001");
    await console.expectCustomerHeading("Asha Rao");
    await console.checkCodes("COFFEE3X01");
    const number = bill();
    await console.redeem("COFFEE3X01", { number, amount: "200" });
    await expect(console.result("COFFEE3X01")).toContainText(`Redeemed on bill ${number}`);

    const shopper = await (await newContext("asha")).newPage();
    await shopper.goto("/wallet");
    await shopper.getByRole("link", { name: "Who looked" }).tap();
    const list = shopper.getByRole("list", { name: "Staff activity" });
    await expect(list).toContainText("Store staff looked up your account");
    await expect(list).toContainText("A coupon was redeemed (code ending 3X01)");
    await expect(list).toContainText("Koramangala till 1");
    await expect(list).not.toContainText(DEMO_STAFF.username);
  });
});
