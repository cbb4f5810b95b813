import { expect, type Page } from "@playwright/test";
import { emulator } from "./emulator";

/** Signs in through the real page, reading the code from the emulator as a shopper reads their SMS. */
export async function signInAsShopper(page: Page, mobile: string, callbackPath = "/wallet") {
  await page.goto(`/signin?callbackUrl=${encodeURIComponent(callbackPath)}`);
  await page.getByLabel("Mobile number").fill(mobile);
  await page.getByRole("button", { name: "Send code" }).click();
  await expect(page.getByLabel("One-time code")).toBeVisible();
  const code = await emulator.otp(mobile);
  await page.getByLabel("One-time code").fill(code);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => url.pathname === callbackPath);
  if (callbackPath === "/wallet")
    await expect(page.getByRole("heading", { name: "My coupons" })).toBeVisible();
}
