import { expect, type Locator, type Page } from "@playwright/test";

/** The staff console as a member of staff sees it: labels and roles only. */
export class StaffConsolePage {
  constructor(readonly page: Page) {}

  /** Opens the console (for a member of staff who is signed in) and waits for it. */
  async goto() {
    await this.page.goto("/staff");
    await expect(this.page.getByRole("heading", { name: "Staff console" })).toBeVisible();
  }

  customerField(): Locator {
    return this.page.getByLabel("Customer", { exact: true });
  }

  async findCustomer(text: string) {
    await this.customerField().fill(text);
    await this.page.getByRole("button", { name: "Find", exact: true }).tap();
  }

  async checkCodes(text: string) {
    await this.page.getByLabel("Coupon codes", { exact: true }).fill(text);
    await this.page.getByRole("button", { name: "Check codes" }).tap();
  }

  /** The result card of one checked code. */
  result(code: string): Locator {
    return this.page.getByRole("article", { name: code, exact: true });
  }

  async openTab(name: RegExp) {
    await this.page.getByRole("tab", { name }).tap();
  }

  couponCards(): Locator {
    return this.page.getByRole("tabpanel").getByRole("article");
  }

  /** Sets which till this tablet stands at (redemptions are credited there). */
  async chooseTill(label: string) {
    await this.page.getByLabel("This tablet's till").selectOption({ label });
    await expect(this.page.getByText(new RegExp(`· ${label}$`))).toBeVisible();
  }

  /** Fills the bill on a checked code's card and taps Redeem. */
  async redeem(code: string, bill: { number: string; amount: string }) {
    const card = this.result(code);
    await card.getByLabel("Bill number").fill(bill.number);
    await card.getByLabel("Bill amount").fill(bill.amount);
    await card.getByRole("button", { name: `Redeem ${code}` }).tap();
  }

  recentRedemptions(): Locator {
    return this.page.getByRole("region", { name: "Recent redemptions" });
  }

  undoButton(billNumber: string): Locator {
    return this.recentRedemptions().getByRole("button", {
      name: new RegExp(`^Undo redemption on bill ${billNumber}\b`),
    });
  }

  async expectCustomerHeading(name: string) {
    await expect(this.page.getByRole("heading", { level: 2, name })).toBeVisible();
  }
}
