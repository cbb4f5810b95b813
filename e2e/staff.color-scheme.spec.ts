import AxeBuilder from "@axe-core/playwright";
import { DEMO_STAFF } from "../test/support/demo";
import { expect, test, type Page } from "./fixtures";
import { StaffSignInPage } from "./pages/staff-sign-in-page";
import { chooseColorScheme, isDark, paintedColor } from "./support/color-scheme";

const axeViolations = async (page: Page) =>
  (
    await new AxeBuilder({ page })
      .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
      .analyze()
  ).violations;

test.describe("the staff console in the dark", () => {
  test.use({ signedInAs: "staff", colorScheme: "dark" });

  // A redemption stays in the worker's emulator until undone: leave it as it was found.
  test.afterEach(async ({ emulator }) => {
    await emulator.reset();
  });

  test("with a customer and every kind of code result, has no axe violations", async ({
    page,
    staffConsole,
  }) => {
    await staffConsole.goto();
    expect(isDark(await paintedColor(page.locator("body"), "backgroundColor"))).toBe(true);
    await staffConsole.findCustomer("919000000001");
    await staffConsole.expectCustomerHeading("Asha Rao");
    await page.getByRole("button", { name: "Reveal mobile" }).tap();
    await staffConsole.checkCodes("WL2ZBJZK PT4I43YN COFFEE3X01 USED2XDONE NOSUCHCODE1");
    await expect(staffConsole.result("NOSUCHCODE1")).toBeVisible();
    await page.locator("summary", { hasText: "Theme" }).click();
    expect(await axeViolations(page)).toEqual([]);
  });

  test("the redeem panel, a refusal, a redemption and its undo have no axe violations", async ({
    page,
    staffConsole,
  }) => {
    await staffConsole.goto();
    await staffConsole.chooseTill("Indiranagar till 1");
    await staffConsole.checkCodes("WELCOME250 COFFEE3X01");
    await expect(staffConsole.result("COFFEE3X01")).toContainText("Valid");
    await staffConsole.redeem("WELCOME250", { number: `E2E-D-${Date.now().toString(36)}`, amount: "999" });
    await expect(staffConsole.result("WELCOME250").getByRole("alert")).toContainText("Not redeemed");
    const bill = `E2E-D-${Date.now().toString(36)}`;
    await staffConsole.redeem("COFFEE3X01", { number: bill, amount: "450" });
    await expect(staffConsole.result("COFFEE3X01")).toContainText(`Redeemed on bill ${bill}`);
    await expect(staffConsole.undoButton(bill)).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await staffConsole.undoButton(bill).tap();
    await expect(staffConsole.recentRedemptions()).toContainText(`Undone: the coupon on bill ${bill}`);
    expect(await axeViolations(page)).toEqual([]);
  });

  test("the lock screen, and its wrong-password alert, have no axe violations", async ({ newContext }) => {
    // Its own session: the lock is kept per session, and the saved one serves other tests.
    const page = await (await newContext()).newPage();
    await page.emulateMedia({ colorScheme: "dark" });
    await new StaffSignInPage(page).signIn();
    await page.getByRole("button", { name: "Lock", exact: true }).tap();
    await expect(page.getByRole("heading", { name: "Console locked" })).toBeVisible();
    expect(isDark(await paintedColor(page.locator("body"), "backgroundColor"))).toBe(true);
    await expect(page.getByText("Coupon Wallet", { exact: true })).toBeVisible();
    await page.getByLabel("Password").fill("not-the-password");
    await page.getByRole("button", { name: "Unlock" }).tap();
    // (Next's route announcer is an alert too.)
    await expect(page.getByRole("alert").filter({ hasText: "didn't match" })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    // Its Theme switch keeps the console locked: the page comes back light, and still locked.
    await chooseColorScheme(page, "Light");
    await expect(page.getByRole("heading", { name: "Console locked" })).toBeVisible();
    expect(isDark(await paintedColor(page.locator("body"), "backgroundColor"))).toBe(false);
    await page.getByLabel("Password").fill(DEMO_STAFF.password);
    await page.getByRole("button", { name: "Unlock" }).tap();
    await expect(page.getByRole("heading", { name: "Staff console" })).toBeVisible();
  });

  test("its Theme switch is remembered across a reload", async ({ page, staffConsole }) => {
    await staffConsole.goto();
    await chooseColorScheme(page, "Light");
    await expect(page).toHaveURL(/\/staff$/);
    await page.reload();
    await expect(page.locator("html")).toHaveAttribute("data-scheme", "light");
    expect(isDark(await paintedColor(page.locator("body"), "backgroundColor"))).toBe(false);
  });
});
