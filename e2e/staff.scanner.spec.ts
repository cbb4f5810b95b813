import { expect, test } from "./fixtures";

// The tablet project's browser has a fake camera filming WL2ZBJZK's QR code (playwright.config.ts).
test.use({ signedInAs: "staff", permissions: ["camera"] });

test("staff scan a coupon's QR code with the camera and get its verdict", async ({
  page,
  emulator,
  staffConsole,
}) => {
  await emulator.reset();
  await staffConsole.goto();
  await page.getByRole("button", { name: "Scan", exact: true }).tap();
  await expect(page.getByRole("dialog", { name: "Scan a coupon" })).toBeVisible();
  // Desktop Chromium has no native BarcodeDetector, so this reads the frame with the ZXing fallback.
  await expect(staffConsole.result("WL2ZBJZK")).toBeVisible({ timeout: 20_000 });
  await expect(staffConsole.result("WL2ZBJZK")).toContainText("Valid");
  await expect(page.getByLabel("Coupon codes", { exact: true })).toHaveValue("WL2ZBJZK");
});
