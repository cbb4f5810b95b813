import { expect, type Page } from "@playwright/test";
import type { EmulatorClient } from "../../test/support/emulator-client";

/** The shopper's one-time-code sign-in, read from the emulator as a shopper reads their SMS. */
export class SignInPage {
  constructor(
    readonly page: Page,
    private readonly emulator: EmulatorClient,
  ) {}

  /** Up to the code step: the number is typed and a code requested. */
  async requestCode(mobile: string, callbackPath?: string) {
    await this.page.goto(
      callbackPath ? `/signin?callbackUrl=${encodeURIComponent(callbackPath)}` : "/signin",
    );
    await this.page.getByLabel("Mobile number").fill(mobile);
    await this.page.getByRole("button", { name: "Send code" }).click();
    await expect(this.page.getByLabel("One-time code")).toBeVisible();
  }

  async enterCode(code: string) {
    await this.page.getByLabel("One-time code").fill(code);
    await this.page.getByRole("button", { name: "Sign in" }).click();
  }

  /** Signs in through the real page with the code the emulator "sent", and lands on `callbackPath`. */
  async signIn(mobile: string, callbackPath = "/wallet") {
    await this.requestCode(mobile, callbackPath);
    await this.enterCode(await this.emulator.otp(mobile));
    await this.page.waitForURL((url) => url.pathname === callbackPath);
    if (callbackPath === "/wallet")
      await expect(this.page.getByRole("heading", { name: "My coupons" })).toBeVisible();
  }
}
