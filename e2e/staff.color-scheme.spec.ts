import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "./fixtures";
import { chooseColorScheme, isDark, paintedColor } from "./support/color-scheme";

test.describe("the staff console in the dark", () => {
  test.use({ signedInAs: "staff", colorScheme: "dark" });

  test("with a customer and every kind of code result, has no axe violations", async ({
    page,
    staffConsole,
  }) => {
    await staffConsole.goto();
    expect(isDark(await paintedColor(page.locator("body"), "backgroundColor"))).toBe(true);
    await staffConsole.findCustomer("919000000001");
    await staffConsole.expectCustomerHeading("Asha Rao");
    await staffConsole.checkCodes("WL2ZBJZK PT4I43YN COFFEE3X01 USED2XDONE NOSUCHCODE1");
    await expect(staffConsole.result("NOSUCHCODE1")).toBeVisible();
    await page.locator("summary", { hasText: "Theme" }).click();
    const results = await new AxeBuilder({ page })
      .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
      .analyze();
    expect(results.violations).toEqual([]);
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
