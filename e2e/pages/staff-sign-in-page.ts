import { expect, type Page } from "@playwright/test";
import { DEMO_STAFF } from "../../test/support/demo";

/** The staff sign-in page at the counter: username and password. */
export class StaffSignInPage {
  constructor(readonly page: Page) {}

  async goto() {
    await this.page.goto("/staff/signin");
  }

  /** One attempt, tapped as on the tablet; the page says how it went. */
  async attempt(username: string, password: string) {
    await this.page.getByLabel("Username").fill(username);
    await this.page.getByLabel("Password").fill(password);
    await this.page.getByRole("button", { name: "Sign in" }).tap();
  }

  /** Signs a demo member of staff in (staff.demo unless told) and waits for the console. */
  async signIn(who: { username: string; password: string } = DEMO_STAFF) {
    await this.goto();
    await this.page.getByLabel("Username").fill(who.username);
    await this.page.getByLabel("Password").fill(who.password);
    await this.page.getByRole("button", { name: "Sign in" }).click();
    await this.page.waitForURL((url) => url.pathname === "/staff");
    await expect(this.page.getByRole("heading", { name: "Staff console" })).toBeVisible();
  }
}
