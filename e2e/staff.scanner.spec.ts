import { expect, test } from "@playwright/test";
import { chromiumLaunchOptions } from "./support/browser";
import { writeQrCameraVideo } from "./support/fake-camera";
import { emulator } from "./support/emulator";
import { signInAsStaff } from "./support/staff";
import { StaffConsolePage } from "./support/staff-console";

const camera = writeQrCameraVideo("WL2ZBJZK");

test.use({
  permissions: ["camera"],
  launchOptions: chromiumLaunchOptions([
    "--use-fake-ui-for-media-stream",
    "--use-fake-device-for-media-stream",
    `--use-file-for-fake-video-capture=${camera}`,
  ]),
});

test("staff scan a coupon's QR code with the camera and get its verdict", async ({ page }) => {
  await emulator.reset();
  await signInAsStaff(page);
  await page.getByRole("button", { name: "Scan", exact: true }).tap();
  await expect(page.getByRole("dialog", { name: "Scan a coupon" })).toBeVisible();
  // Desktop Chromium has no native BarcodeDetector, so this reads the frame with the ZXing fallback.
  const console = new StaffConsolePage(page);
  await expect(console.result("WL2ZBJZK")).toBeVisible({ timeout: 20_000 });
  await expect(console.result("WL2ZBJZK")).toContainText("Valid");
  await expect(page.getByLabel("Coupon codes", { exact: true })).toHaveValue("WL2ZBJZK");
});
