import { browserKeys } from "../test/support/push-service";
import { expect, test } from "./fixtures";
import { E2E_REMINDER_TEST_TOKEN } from "./support/worker-servers";

// Reminders end to end: a subscription as the wallet's page sends it (to the worker's stand-in push
// service), rounds run at chosen clocks through the app's test hook, and what arrives is decrypted with the
// subscription's keys. The schedule's details (every lead time, zones, 410s) are unit-tested beside it.
test.use({ signedInAs: "asha" });

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

/** `hours`:`minutes` in India on the Indian calendar day of `instant`. */
function indiaTime(instant: number, hours: number, minutes = 0): number {
  const day = new Date(instant + 5.5 * HOUR);
  return Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), hours, minutes) - 5.5 * HOUR;
}

test("a reminder arrives by day, encrypted for the device, never at night nor for a used coupon", async ({
  page,
  servers,
}) => {
  const wallet = (await (await page.request.get("/api/wallet")).json()) as {
    coupons: { id: string; code: string; validTill: string | null }[];
  };
  const welcome = wallet.coupons.find((c) => c.code === "WELCOME250")!;
  const expiry = Date.parse(welcome.validTill!);

  const device = browserKeys();
  const endpoint = `${servers.push.url}/push/asha-e2e-${Date.now()}`;
  const origin = { Origin: servers.appUrl };
  const subscribed = await page.request.post("/api/wallet/push", {
    headers: origin,
    data: { endpoint, keys: device.keys, timeZone: "Asia/Kolkata" },
  });
  expect(subscribed.status()).toBe(204);

  const round = async (now: number) => {
    const answer = await page.request.post("/api/wallet/push/test-round", {
      headers: { "x-reminder-test-token": E2E_REMINDER_TEST_TOKEN },
      data: { now },
    });
    expect(answer.status()).toBe(200);
    return ((await answer.json()) as { reminded: number }).reminded;
  };
  const arrived = () =>
    servers.push.received
      .filter((r) => r.path === new URL(endpoint).pathname)
      .map((r) => JSON.parse(device.decrypt(r.body)) as { title: string; body: string; tag: string });

  try {
    // Five and a half days before WELCOME250 expires, 23:30 in India: the 7-day reminder is due, but not now.
    const night = indiaTime(expiry - 6 * DAY, 23, 30);
    expect(await round(night)).toBe(0);
    expect(arrived()).toEqual([]);

    // The next day at noon: it arrives, worded for that moment.
    const noon = indiaTime(expiry - 5 * DAY, 12);
    expect(await round(noon)).toBeGreaterThan(0);
    const messages = arrived();
    const reminder = messages.find((m) => m.tag === `coupon-${welcome.id}`);
    expect(reminder?.title).toMatch(/^₹250 off expires in [45] days$/);
    expect(reminder?.body).toMatch(/Open your coupons to use it/);

    // A later round the same day adds nothing: once per coupon a day.
    expect(await round(noon + 2 * HOUR)).toBe(0);
    expect(arrived()).toHaveLength(messages.length);

    // ONEUSEDONE is used up. Six days before it expires, at noon, its 7-day reminder would be due (a day
    // after the round above, so no daily claim stands in the way): nothing arrives for it.
    const used = wallet.coupons.find((c) => c.code === "ONEUSEDONE")!;
    const usedExpiry = Date.parse(used.validTill!);
    expect(usedExpiry - 6 * DAY).toBeGreaterThan(noon + DAY / 2);
    await round(indiaTime(usedExpiry - 6 * DAY, 12));
    expect(arrived().map((m) => m.tag)).not.toContain(`coupon-${used.id}`);
  } finally {
    await page.request.delete("/api/wallet/push", { headers: origin, data: { endpoint } });
  }
});

test("the round hook needs its token", async ({ page }) => {
  const post = (headers: Record<string, string>) =>
    page.request.post("/api/wallet/push/test-round", { headers, data: { now: Date.now() } });
  expect((await post({})).status()).toBe(403);
  expect((await post({ "x-reminder-test-token": `${E2E_REMINDER_TEST_TOKEN}x` })).status()).toBe(403);
});
