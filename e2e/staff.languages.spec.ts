import { expect, test } from "./fixtures";
import { StaffSignInPage } from "./pages/staff-sign-in-page";
import {
  axeViolations,
  before,
  chooseLanguage,
  LANGUAGES,
  sidewaysOverflow,
  type Language,
} from "./support/languages";

test.describe("the staff journey in each language", () => {
  test.use({ signedInAs: "staff" });

  for (const locale of Object.keys(LANGUAGES) as Language[]) {
    const m = LANGUAGES[locale];
    test(`${locale}: look up a customer, check a code`, async ({ page, context, baseURL }) => {
      await chooseLanguage(context, baseURL!, locale);
      await page.goto("/staff");
      await expect(page.getByRole("heading", { level: 1, name: m.staff.header.title })).toBeVisible();

      await page.getByLabel(m.staff.customerSearch.customer, { exact: true }).fill("90000 00001");
      await page.getByRole("button", { name: m.staff.customerSearch.find, exact: true }).tap();
      await expect(page.getByRole("heading", { level: 2, name: "Asha Rao" })).toBeVisible();
      await expect(page.getByRole("heading", { level: 2, name: m.staff.customer.coupons })).toBeVisible();
      // The shopper's tabs, shared with the wallet, speak the console's language too.
      await expect(
        page.getByRole("tab", { name: new RegExp(`^${m.coupon.tabs.active} \\(\\d+\\)$`) }),
      ).toBeVisible();

      await page.getByLabel(m.staff.codes.label, { exact: true }).fill("WL2ZBJZK");
      await page.getByRole("button", { name: m.staff.codes.check }).tap();
      const result = page.getByRole("article", { name: "WL2ZBJZK", exact: true });
      await expect(result).toContainText(m.staff.verdict.valid);
      await expect(result.getByRole("heading", { name: "WL2ZBJZK" })).toHaveAttribute("dir", "ltr");

      if (locale === "ar") {
        await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
        expect(await axeViolations(page)).toEqual([]);
        // At the counter tablet's width, and on a 360 px phone: nothing scrolls sideways.
        expect(await sidewaysOverflow(page)).toEqual([]);
        await page.setViewportSize({ width: 360, height: 740 });
        await expect(result).toBeVisible();
        expect(await sidewaysOverflow(page)).toEqual([]);
      }
    });

    test(`${locale}: the till's refusal is in the staff's language`, async ({ page, context, baseURL }) => {
      await chooseLanguage(context, baseURL!, locale);
      await page.goto("/staff");
      await page.getByLabel(m.staff.header.tillLabel).selectOption({ label: "Indiranagar till 1" });
      await page.getByLabel(m.staff.codes.label, { exact: true }).fill("WELCOME250");
      await page.getByRole("button", { name: m.staff.codes.check }).tap();
      const card = page.getByRole("article", { name: "WELCOME250", exact: true });
      await card.getByLabel(m.staff.redeem.billNumber).fill(`E2E-${locale}-${Date.now().toString(36)}`);
      await card.getByLabel(m.staff.redeem.billAmount).fill("999");
      await card.getByRole("button", { name: m.staff.redeem.redeem.replace("{code}", "WELCOME250") }).tap();
      // The pre-check's words, from the messages of this language (WELCOME250 needs a ₹1,000 bill).
      await expect(card.getByRole("alert")).toContainText(before(m.till.precheck.minBill));
      await expect(card.getByRole("alert")).toContainText(m.staff.redeem.nothingSent);
    });

    test(`${locale}: what the console and its API refuse reads in the staff's language`, async ({
      newContext,
      baseURL,
    }) => {
      // Its own session: the lock is kept per session, and the saved one serves other tests.
      const context = await newContext();
      const page = await context.newPage();
      await new StaffSignInPage(page).signIn();
      await chooseLanguage(context, baseURL!, locale);
      await page.goto("/staff");

      // Checked in the browser before anything is sent.
      await page.getByLabel(m.staff.codes.label, { exact: true }).fill("AB.CD");
      await page.getByRole("button", { name: m.staff.codes.check }).tap();
      const notCode = m.staff.codes.error.notCode.replace("{code}", "AB.CD");
      await expect(page.getByRole("alert").filter({ hasText: notCode })).toBeVisible();

      // Refused by the server: its answer is worded for this request's language.
      await page.getByRole("button", { name: m.staff.header.lock, exact: true }).tap();
      await expect(page.getByRole("heading", { name: m.staff.lock.title })).toBeVisible();
      await page.getByLabel(m.staff.lock.password).fill("not-the-password");
      await page.getByRole("button", { name: m.staff.lock.unlock, exact: true }).tap();
      await expect(page.getByRole("alert").filter({ hasText: m.api.unlockMismatch })).toBeVisible();
    });
  }
});
