import AxeBuilder from "@axe-core/playwright";
import sharp from "sharp";
import { expect, test, type Page } from "./fixtures";
import { BLACK, chooseColorScheme, isDark, paintedColor, WHITE } from "./support/color-scheme";

const axe = (page: Page, include?: string) => {
  const builder = new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]);
  return (include ? builder.include(include) : builder).analyze();
};

for (const colorScheme of ["light", "dark"] as const) {
  test.describe(`with the phone set to ${colorScheme}`, () => {
    test.use({ colorScheme });

    test("the sign-in page follows the device and has no axe violations", async ({ page }) => {
      await page.goto("/signin");
      expect(isDark(await paintedColor(page.locator("body"), "backgroundColor"))).toBe(
        colorScheme === "dark",
      );
      expect((await axe(page)).violations).toEqual([]);
    });

    test.describe("signed in as Asha", () => {
      test.use({ signedInAs: "asha" });

      test("every tab of the wallet, its Theme menu and its activity page have no axe violations", async ({
        page,
        wallet,
      }) => {
        await wallet.goto();
        expect(isDark(await paintedColor(page.locator("body"), "backgroundColor"))).toBe(
          colorScheme === "dark",
        );
        await wallet.card("CPMTERMS01").getByText("Terms and conditions").click();
        const themeMenu = page.locator("summary", { hasText: "Theme" });
        await themeMenu.click();
        expect((await axe(page)).violations).toEqual([]);
        await themeMenu.click();
        for (const tab of ["Used", "Expired"] as const) {
          await wallet.openTab(tab);
          expect((await axe(page)).violations).toEqual([]);
        }
        await page.getByRole("link", { name: "Who looked" }).click();
        await expect(page.getByRole("heading", { name: "Who looked at my account" })).toBeVisible();
        expect((await axe(page)).violations).toEqual([]);
      });

      test("the till view is black on white with a white quiet zone, whatever the scheme", async ({
        page,
        wallet,
      }) => {
        await wallet.goto();
        await wallet
          .card("WELCOME250")
          .getByRole("button", { name: /Show at till/ })
          .click();
        const dialog = page.getByRole("dialog", { name: "₹250 off" });
        const barcode = dialog.getByRole("img", { name: "Barcode for WELCOME250" });
        await expect(barcode).toBeVisible();
        expect(await paintedColor(dialog, "backgroundColor")).toEqual(WHITE);
        expect(await paintedColor(dialog, "color")).toEqual(BLACK);
        expect(await paintedColor(barcode.locator(".."), "backgroundColor")).toEqual(WHITE);
        // As the scanner sees it: every pixel of the quiet zones either side of the bars is white.
        const shot = await sharp(await barcode.screenshot())
          .removeAlpha()
          .raw()
          .toBuffer({ resolveWithObject: true });
        const { width, height } = shot.info;
        // 10 modules either side, of the viewBox's width in modules; less a pixel for the rounding.
        const modules = Number((await barcode.getAttribute("viewBox"))?.split(" ")[2]);
        const quiet = Math.floor((width * 10) / modules) - 1;
        expect(quiet).toBeGreaterThan(5);
        const edges = Array.from({ length: quiet }, (_, i) => [i, width - 1 - i]).flat();
        let notWhite = 0;
        for (let y = 0; y < height; y++)
          for (const x of edges) {
            const at = (y * width + x) * 3;
            if (shot.data[at] !== 255 || shot.data[at + 1] !== 255 || shot.data[at + 2] !== 255) notWhite++;
          }
        expect(notWhite).toBe(0);
        expect((await axe(page, "dialog")).violations).toEqual([]);
      });
    });
  });
}

test.describe("the Theme switch", () => {
  test.use({ signedInAs: "asha", colorScheme: "light" });

  test("is remembered across a reload, server-rendered, and can go back to the device's setting", async ({
    page,
    context,
    wallet,
  }) => {
    await wallet.goto();
    const html = page.locator("html");
    const body = page.locator("body");
    await chooseColorScheme(page, "Dark");
    await expect(html).toHaveAttribute("data-scheme", "dark");
    expect(isDark(await paintedColor(body, "backgroundColor"))).toBe(true);
    const cookie = (await context.cookies()).find((c) => c.name === "color-scheme");
    expect(cookie).toMatchObject({ value: "dark", httpOnly: true, sameSite: "Lax" });

    // The server renders the choice into the document itself: no script has to run before the first paint.
    const served = await page.request.get("/wallet");
    expect(await served.text()).toMatch(/<html[^>]* data-scheme="dark"/);
    await page.reload();
    await expect(html).toHaveAttribute("data-scheme", "dark");
    expect(isDark(await paintedColor(body, "backgroundColor"))).toBe(true);
    await page.locator("summary", { hasText: "Theme" }).click();
    await expect(page.getByRole("button", { name: "Dark", exact: true })).toHaveAttribute(
      "aria-pressed",
      "true",
    );

    await chooseColorScheme(page, "Match device");
    await expect(html).not.toHaveAttribute("data-scheme");
    expect(isDark(await paintedColor(body, "backgroundColor"))).toBe(false);
    await page.emulateMedia({ colorScheme: "dark" });
    expect(isDark(await paintedColor(body, "backgroundColor"))).toBe(true);
  });

  test("refuses another site's form and any scheme it doesn't know", async ({ request }) => {
    const crossSite = await request.post("/api/color-scheme", {
      form: { scheme: "dark" },
      headers: { Origin: "https://evil.example" },
      maxRedirects: 0,
    });
    expect(crossSite.status()).toBe(403);
    const unknown = await request.post("/api/color-scheme", { form: { scheme: "sepia" }, maxRedirects: 0 });
    expect(unknown.status()).toBe(400);
    // Back to a page of this site only, never elsewhere.
    const offSite = await request.post("/api/color-scheme", {
      form: { scheme: "light", returnTo: "//evil.example/wallet" },
      maxRedirects: 0,
    });
    expect(offSite.status()).toBe(303);
    expect(offSite.headers()["location"]).toBe("/wallet");
  });
});
