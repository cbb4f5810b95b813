// The light/dark switch, and the colours a person would see: read by painting the computed colour on a
// canvas, so oklch(), light-dark() and hex all come back as the same sRGB numbers.
import type { Locator, Page } from "@playwright/test";

export type SchemeChoice = "Match device" | "Light" | "Dark";

/** Opens the header's Theme menu (unless open) and picks a scheme; the form posts and the page comes back in it. */
export async function chooseColorScheme(page: Page, choice: SchemeChoice) {
  const summary = page.locator("summary", { hasText: "Theme" });
  if ((await summary.locator("..").getAttribute("open")) === null) await summary.click();
  await Promise.all([
    page.waitForResponse((response) => new URL(response.url()).pathname === "/api/color-scheme"),
    page.getByRole("button", { name: choice, exact: true }).click(),
  ]);
  await page.waitForLoadState("load");
}

/** The sRGB colour of `property` on the element, as [r, g, b]. */
export function paintedColor(locator: Locator, property: "backgroundColor" | "color"): Promise<number[]> {
  return locator.evaluate((element, name) => {
    const canvas = document.createElement("canvas");
    canvas.width = canvas.height = 1;
    const context = canvas.getContext("2d")!;
    context.fillStyle = getComputedStyle(element)[name];
    context.fillRect(0, 0, 1, 1);
    return [...context.getImageData(0, 0, 1, 1).data.slice(0, 3)];
  }, property);
}

export const WHITE = [255, 255, 255];
export const BLACK = [0, 0, 0];

/** A page background a dark scheme would paint (every channel low), not merely "not white". */
export const isDark = ([r = 255, g = 255, b = 255]: number[]) => Math.max(r, g, b) < 64;
