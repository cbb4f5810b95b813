import { readFileSync } from "node:fs";
import { devices } from "@playwright/test";
import ICAL from "ical.js";
import { expect, test, type Page } from "./fixtures";
import { savedSession } from "./support/saved-sessions";

test.use({ signedInAs: "asha" });

test.beforeEach(async ({ emulator }) => {
  await emulator.reset();
});

test('"Can I use this here, now?" answers each coupon in plain words', async ({ wallet }) => {
  await wallet.goto();
  const welcome = await wallet.askUsableHere("WELCOME250");
  await expect(welcome).toContainText(/Yes, until \d/);
  await expect(welcome).toContainText("Needs a bill of ₹1,000 or more");

  const twoStores = await wallet.askUsableHere("STORE2ONLY");
  await expect(twoStores).toContainText("Only at these stores: Indiranagar, Bengaluru, Bandra West, Mumbai");

  await expect(await wallet.askUsableHere("SOONACTV5D")).toContainText(/Usable from \d+ \w+, \d/);
  // Saturdays and Sundays 10:00-14:00 in India: which answer depends on when the suite runs.
  await expect(await wallet.askUsableHere("BRUNCHWKND")).toContainText(
    /Yes, until \d|Not on (Mondays|Tuesdays|Wednesdays|Thursdays|Fridays)|Not at this time of day/,
  );
  await expect(wallet.card("WELCOME250")).not.toContainText("couldn't check");
  // Used and expired coupons have nothing to ask.
  await wallet.openTab("Used");
  await expect(wallet.cards().getByRole("button", { name: "Can I use this here, now?" })).toHaveCount(0);
});

test("with Capillary failing, the coupon's own rules answer, and the answer says so", async ({
  wallet,
  emulator,
}) => {
  await wallet.goto();
  await emulator.faults({ down: true });
  try {
    const card = await wallet.askUsableHere("FEST15PCT");
    await expect(card).toContainText(/Yes, until \d/);
    await expect(card).toContainText("We couldn't check with the brand just now");
  } finally {
    await emulator.faults({ down: false });
  }
});

test("the answer is only ever about the shopper's own coupons", async ({
  page,
  emulator,
  newContext,
  baseURL,
}) => {
  // Coupon 33267197 (ER07BCJ8) is customer 343040815's, not the signed-in shopper's.
  const path = "/api/wallet/coupons/33267197/usable-here";
  expect((await page.request.get(path)).status()).toBe(404);
  expect((await emulator.requests()).filter((r) => r.path.includes("is_redeemable"))).toEqual([]);
  for (const bad of ["abc", "0", "-1", "1e5", "１２３", "1%00"])
    expect((await page.request.get(`/api/wallet/coupons/${bad}/usable-here`)).status(), bad).toBe(400);

  const signedOut = await newContext();
  expect((await signedOut.request.get(`${baseURL}${path}`)).status()).toBe(401);
  const owner = await newContext("docs343040815");
  const answer = await owner.request.get(`${baseURL}${path}`);
  expect(answer.status()).toBe(200);
  expect(await answer.json()).toMatchObject({ usable: false, headline: expect.stringMatching(/^Expired/) });
});

async function download(page: Page, click: () => Promise<void>): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent("download"), click()]);
  return readFileSync((await file.path())!, "utf8");
}

function events(text: string) {
  return new ICAL.Component(ICAL.parse(text)).getAllSubcomponents("vevent").map((e) => new ICAL.Event(e));
}

test("a coupon, and every active one, download as calendar files", async ({ page, wallet }) => {
  await wallet.goto();
  const one = await download(page, () =>
    wallet.card("WELCOME250").getByRole("link", { name: "Add to calendar" }).click(),
  );
  const [event] = events(one);
  expect(event?.summary).toContain("₹250 off expires");
  expect(event?.description).toContain("Code: WELCOME250");

  const all = await download(page, () =>
    page.getByRole("link", { name: "Add all active coupons to calendar" }).click(),
  );
  const active = Number((await wallet.tab("Active").textContent())?.match(/\((\d+)\)/)?.[1]);
  expect(events(all)).toHaveLength(active);
});

test("reminders are explained first; the browser asks permission only after the second tap", async ({
  page,
  wallet,
}) => {
  await page.addInitScript(() => {
    const counted = window as unknown as { permissionAsked: number };
    counted.permissionAsked = 0;
    Object.defineProperty(Notification, "permission", { get: () => "default" });
    Notification.requestPermission = async () => {
      counted.permissionAsked += 1;
      return "denied";
    };
  });
  const asked = () => page.evaluate(() => (window as unknown as { permissionAsked: number }).permissionAsked);
  await wallet.goto();
  await page.getByRole("button", { name: "Remind me before coupons expire" }).click();
  await expect(
    page.getByText(/7 days and 1 day before a coupon expires, and on the\s+morning/),
  ).toBeVisible();
  expect(await asked()).toBe(0);
  await page.getByRole("button", { name: "Turn on reminders" }).click();
  await expect(page.getByText("Notifications are blocked for this site")).toBeVisible();
  expect(await asked()).toBe(1);
});

test("on an iPhone, outside the Home Screen app, the wallet says how to get reminders", async ({
  browser,
  baseURL,
  timezoneId,
}) => {
  // Safari's user agent and screen, in the suite's Chromium.
  const { defaultBrowserType: _webkit, ...iPhone } = devices["iPhone 13"];
  const iphone = await browser.newContext({
    ...iPhone,
    baseURL,
    storageState: savedSession("asha", timezoneId),
  });
  try {
    const page = await iphone.newPage();
    await page.goto("/wallet");
    await page.getByRole("button", { name: "Remind me before coupons expire" }).click();
    await expect(page.getByText(/reminders need this wallet on your Home Screen/)).toBeVisible();
    await expect(page.getByRole("button", { name: "Turn on reminders" })).toHaveCount(0);
  } finally {
    await iphone.close();
  }
});
