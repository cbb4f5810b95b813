import { expect, test } from "@playwright/test";
import { ASHA } from "./support/demo";
import { readAuditLines, signInAsStaff } from "./support/staff";
import { StaffConsolePage } from "./support/staff-console";

const DOCS_COUPON_CODES = ["QZX30JQLIC", "GIJSGIZA3P", "W9Z584RUW6", "7BU2JOYZZR"];

test.describe("staff console at the till", () => {
  test("finds the docs' customer by id, a demo customer by mobile, and checks codes; each lookup is audited", async ({
    page,
  }) => {
    const since = Date.now();
    await signInAsStaff(page);
    const console = new StaffConsolePage(page);

    await console.findCustomer("565032176");
    await console.expectCustomerHeading("No name on record");
    await expect(page.getByText("565032176", { exact: true })).toBeVisible();
    await console.openTab(/^Expired \(4\)/);
    await expect(console.couponCards()).toHaveCount(4);
    for (const code of DOCS_COUPON_CODES) {
      const card = console.couponCards().filter({ hasText: code });
      await expect(card).toContainText("Coupon Series for UAT May Sant");
      await expect(card).toContainText("Expired");
      await expect(card).toContainText("4 uses left");
    }

    await console.findCustomer("90000 00001");
    await console.expectCustomerHeading("Asha Rao");
    await expect(page.getByText(ASHA.customerId, { exact: true })).toBeVisible();
    await expect(page.getByText(ASHA.mobile, { exact: true })).toBeVisible();
    await expect(page.getByRole("tab", { name: /^Active/ })).toBeVisible();
    await expect(console.couponCards().first()).toBeVisible();

    await console.checkCodes("WL2ZBJZK,PT4I43YN");
    await expect(console.result("WL2ZBJZK")).toContainText("Valid");
    await expect(console.result("WL2ZBJZK")).toContainText("Anjaney Vatsal");
    const redeemed = console.result("PT4I43YN");
    await expect(redeemed).toContainText("Already redeemed");
    await expect(redeemed).toContainText("17 May 2021");
    await expect(redeemed).toContainText("bukl.till");
    await expect(redeemed).toContainText("ZDCsddfg");
    await expect(redeemed).toContainText("International Business Park");

    await console.checkCodes("NOSUCHCODE1");
    await expect(console.result("NOSUCHCODE1")).toContainText("Unknown code");
    await expect(console.result("NOSUCHCODE1")).toContainText(
      "Both coupon code and validation code are invalid",
    );

    // Recent lookups are one tap away.
    await page
      .getByRole("navigation", { name: "Recent lookups" })
      .getByRole("button", { name: "Customer 565032176" })
      .tap();
    await console.expectCustomerHeading("No name on record");

    await expect
      .poll(() => readAuditLines(since).entries.filter((e) => e.action !== "sign_in").length)
      .toBeGreaterThanOrEqual(6);
    const { raw, entries } = readAuditLines(since);
    const find = (action: string, predicate: (e: (typeof entries)[number]) => boolean) =>
      entries.find((e) => e.action === action && e.staffUser === "staff.demo" && predicate(e));
    expect(find("sign_in", (e) => e.result === "ok")).toBeDefined();
    expect(
      find("customer_lookup", (e) => e.query.id === "565032176" && e.result === "found")?.requestIds.length,
    ).toBeGreaterThan(0);
    expect(find("customer_coupons", (e) => e.query.id === "565032176")?.requestIds.length).toBeGreaterThan(0);
    expect(
      find("customer_lookup", (e) => e.query.mobile === "***0001" && e.customerIds?.[0] === ASHA.customerId),
    ).toBeDefined();
    const codes = find("code_check", (e) => e.query.codes === "WL****ZK,PT****YN");
    expect(codes?.verdicts).toEqual(["valid", "redeemed"]);
    expect(codes?.requestIds.length).toBeGreaterThan(0);
    expect(find("code_check", (e) => e.query.codes === "NO*******E1")?.verdicts).toEqual(["unknown"]);
    for (const secret of [
      "demo-staff-pass",
      "WL2ZBJZK",
      "PT4I43YN",
      "NOSUCHCODE1",
      "session-token",
      "eyJ",
      "Bearer",
      "scrypt$",
    ]) {
      expect(raw).not.toContain(secret);
    }
    for (const entry of entries) expect(Object.keys(entry)).not.toContain("password");
  });

  test("clears the customer from the screen with New customer", async ({ page }) => {
    await signInAsStaff(page);
    const console = new StaffConsolePage(page);
    await console.findCustomer("919000000001");
    await console.expectCustomerHeading("Asha Rao");
    await page.getByRole("button", { name: "New customer" }).tap();
    await expect(page.getByRole("heading", { name: "Asha Rao" })).toHaveCount(0);
  });

  test("works in portrait with 48 px touch targets", async ({ page }) => {
    await page.setViewportSize({ width: 768, height: 1024 });
    await signInAsStaff(page);
    const console = new StaffConsolePage(page);
    await console.findCustomer("919000000001");
    await console.expectCustomerHeading("Asha Rao");
    await console.checkCodes("WL2ZBJZK");
    await expect(console.result("WL2ZBJZK")).toContainText("Valid");
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(scrollWidth).toBeLessThanOrEqual(768);
    const small = await page.evaluate(() =>
      [
        ...document.querySelectorAll(
          "main button, main input:not([type=radio]):not([type=checkbox]), main select, main textarea, main summary, main label:has(input)",
        ),
      ]
        .map((el) => ({
          el: el.textContent?.trim() || el.getAttribute("aria-label") || el.id,
          h: el.getBoundingClientRect().height,
        }))
        .filter(({ h }) => h > 0 && h < 48),
    );
    expect(small).toEqual([]);
  });
});
