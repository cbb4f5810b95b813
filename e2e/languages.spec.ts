import { bulkCustomer } from "../test/support/demo";
import { expect, test } from "./fixtures";
import {
  axeViolations,
  before,
  chooseLanguage,
  LANGUAGES,
  sidewaysOverflow,
  type Language,
} from "./support/languages";

// A shopper of their own for each language: each signs in through the real page without sharing the
// per-number sign-in budget with the rest of the suite. Their wallets are mostly usable coupons.
const SHOPPERS: Record<Language, ReturnType<typeof bulkCustomer>> = {
  en: bulkCustomer(12),
  hi: bulkCustomer(13),
  ar: bulkCustomer(14),
};

test.describe("the shopper's journey in each language", () => {
  for (const locale of Object.keys(LANGUAGES) as Language[]) {
    const m = LANGUAGES[locale];
    test(`${locale}: sign in, read a coupon, open the till view`, async ({
      page,
      context,
      baseURL,
      emulator,
    }) => {
      await chooseLanguage(context, baseURL!, locale);
      const shopper = SHOPPERS[locale];
      await page.goto("/signin");
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      await expect(page.getByRole("heading", { level: 1, name: m.signin.title })).toBeVisible();
      await page.getByLabel(m.signin.mobile).fill(shopper.mobile);
      await page.getByRole("button", { name: m.signin.sendCode }).click();
      await expect(page.getByLabel(m.signin.code)).toBeVisible();
      await page.getByLabel(m.signin.code).fill(await emulator.otp(shopper.mobile));
      await page.getByRole("button", { name: m.signin.submit, exact: true }).click();
      await page.waitForURL((url) => url.pathname === "/wallet");

      await expect(page.getByRole("heading", { level: 1, name: m.wallet.title })).toBeVisible();
      const activeTab = page.getByRole("tab", { name: new RegExp(`^${m.coupon.tabs.active} \\(\\d+\\)$`) });
      await expect(activeTab).toHaveAttribute("aria-selected", "true");
      const card = page.getByRole("tabpanel").getByRole("article").first();
      await expect(card.getByText(m.coupon.card.uses, { exact: true })).toBeVisible();
      // A coupon's code reads left to right in every language.
      await expect(card.locator("code")).toHaveAttribute("dir", "ltr");
      // The card's own words are in the language (the coupon's title is the brand's, as sent).
      const off = m.coupon.value.amountOff.replace("{amount}", "").trim();
      await expect(card.locator("p").first()).toContainText(off);

      await card.getByRole("button", { name: new RegExp(`^${before(m.coupon.till.showLabel)}`) }).click();
      const till = page.getByRole("dialog");
      const code = (await card.locator("code").textContent()) ?? "";
      const barcode = m.coupon.till.barcodeLabel.replace("{code}", code);
      await expect(till.getByRole("img", { name: barcode, exact: true })).toBeVisible();
      await till.getByRole("button", { name: m.coupon.till.close }).click();
      await expect(till).toHaveCount(0);
    });

    test(`${locale}: what the server refuses reads in the shopper's language`, async ({
      page,
      context,
      baseURL,
    }) => {
      await chooseLanguage(context, baseURL!, locale);
      await page.goto("/signin");
      // A US number: the demo brand sends codes to Indian mobiles only, and the API says so, worded for
      // the language of whoever asked (the browser shows the server's own words).
      await page.getByLabel(m.signin.mobile).fill("+1 202 555 0100");
      await page.getByRole("button", { name: m.signin.sendCode }).click();
      const refusal = m.api.otpCountries.replace("{countries}", "+91");
      await expect(page.getByRole("alert").filter({ hasText: refusal })).toBeVisible();
    });
  }

  test("ar: the wallet is right to left, fits a 360 px phone, and passes axe", async ({
    page,
    context,
    baseURL,
    signInPage,
  }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await signInPage.signIn(bulkCustomer(15).mobile);
    await chooseLanguage(context, baseURL!, "ar");
    await page.goto("/wallet");
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    await expect(page.getByRole("heading", { level: 1, name: LANGUAGES.ar.wallet.title })).toBeVisible();
    await expect(page.getByRole("tabpanel").getByRole("article").first()).toBeVisible();
    expect(await sidewaysOverflow(page)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
  });

  test("the language switch on the sign-in page is remembered, and English is the default", async ({
    page,
  }) => {
    await page.goto("/signin");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
    await page.locator("summary", { hasText: LANGUAGES.en.common.language }).click();
    await page.getByRole("button", { name: "हिन्दी" }).click();
    await expect(page.getByRole("heading", { level: 1, name: LANGUAGES.hi.signin.title })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "hi");
    await page.goto("/signin");
    await expect(page.getByRole("heading", { level: 1, name: LANGUAGES.hi.signin.title })).toBeVisible();
    await page.locator("summary", { hasText: LANGUAGES.hi.common.language }).click();
    await page.getByRole("button", { name: "العربية" }).click();
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    await page.setViewportSize({ width: 360, height: 740 });
    expect(await sidewaysOverflow(page)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
  });

  test("a browser that asks for Hindi gets Hindi until it chooses otherwise", async ({
    browser,
    baseURL,
  }) => {
    const context = await browser.newContext({ baseURL, locale: "hi-IN" });
    const page = await context.newPage();
    await page.goto("/signin");
    await expect(page.getByRole("heading", { level: 1, name: LANGUAGES.hi.signin.title })).toBeVisible();
    await context.close();
  });
});
