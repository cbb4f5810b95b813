import { expect, type Locator, type Page } from "@playwright/test";

/** The wallet as a shopper sees it: tabs, a search box and one card per coupon. */
export class WalletPage {
  constructor(readonly page: Page) {}

  async goto() {
    await this.page.goto("/wallet");
    await expect(this.page.getByRole("heading", { name: "My coupons", level: 1 })).toBeVisible();
  }

  tab(name: "Active" | "Used" | "Expired"): Locator {
    return this.page.getByRole("tab", { name: new RegExp(`^${name} \\(\\d+\\)$`) });
  }

  async openTab(name: "Active" | "Used" | "Expired") {
    await this.tab(name).click();
    await expect(this.tab(name)).toHaveAttribute("aria-selected", "true");
  }

  /** The card whose code is `code` (cards are articles named by their title). */
  card(code: string): Locator {
    return this.page.getByRole("article").filter({ has: this.page.getByText(code, { exact: true }) });
  }

  /** The cards of the open tab. */
  cards(): Locator {
    return this.page.getByRole("tabpanel").getByRole("article");
  }

  search(text: string) {
    return this.page.getByRole("searchbox", { name: "Search coupons" }).fill(text);
  }

  /** Asks "Can I use this here, now?" on the card whose code is `code`; the card then holds the answer. */
  async askUsableHere(code: string): Promise<Locator> {
    const card = this.card(code);
    await card.getByRole("button", { name: "Can I use this here, now?" }).click();
    await expect(card.getByText("Checking…")).toHaveCount(0);
    return card;
  }
}
