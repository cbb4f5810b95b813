// Expiry reminders with two instances sharing Redis: both run the schedule every second, and a device
// subscribed through A gets each due reminder exactly once, encrypted for it, from whichever instance won
// the round; further rounds on either send nothing more. The push service is a stand-in on loopback.
import assert from "node:assert/strict";
import type { NextApp } from "../support/next-app";
import { browserKeys, type StandInPushService } from "../support/push-service";

/** The app settings for this test: a round every second, and a lead so long that every coupon is due. */
export const REMINDER_TEST_ENV = {
  REMINDER_SWEEP_SECONDS: "1",
  REMINDER_LEAD_TIMES: "60d",
  PUSH_SERVICE_HOSTS: "127.0.0.1",
};

/** A fixed-offset zone where it is about noon now, so the run never falls in quiet hours. */
function middayZone(now = new Date()): string {
  const offset = 12 - now.getUTCHours();
  return offset === 0 ? "Etc/GMT" : `Etc/GMT${offset > 0 ? "-" : "+"}${Math.abs(offset)}`;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function remindersSentOnce(a: NextApp, b: NextApp, cookie: string, push: StandInPushService) {
  const device = browserKeys();
  const endpoint = `${push.url}/push/asha-phone`;
  const subscribe = await fetch(`${a.url}/api/wallet/push`, {
    method: "POST",
    headers: { Cookie: cookie, "Content-Type": "application/json" },
    body: JSON.stringify({ endpoint, keys: device.keys, timeZone: middayZone() }),
  });
  assert.equal(subscribe.status, 204, "subscribing through A");

  // The first round after subscribing sends; five more rounds on each instance must add nothing.
  const deadline = Date.now() + 15_000;
  while (push.received.length === 0 && Date.now() < deadline) await sleep(200);
  assert.ok(push.received.length > 0, "a reminder arrived within 15 s");
  await sleep(5_000);

  const messages = push.received.map(
    (r) => JSON.parse(device.decrypt(r.body)) as { title: string; tag: string },
  );
  const tags = messages.map((m) => m.tag);
  assert.equal(new Set(tags).size, tags.length, `each coupon reminded once: ${tags.join(", ")}`);
  assert.ok(tags.length >= 5, `Asha's usable coupons were reminded (${tags.length})`);
  assert.ok(!tags.includes("coupon-700000104"), "USED2XDONE, used up, is not reminded");
  assert.ok(
    messages.every((m) =>
      /^(₹|\d).* expires (in \d+ (days|hours|minutes)|today at|tomorrow at|on \d+ \w+ \d{4})/.test(m.title),
    ),
    messages.map((m) => m.title).join(" | "),
  );
  console.log(
    `✓ two instances sharing Redis sent each of ${tags.length} reminders once ("${messages[0]!.title}")`,
  );

  const unsubscribe = await fetch(`${b.url}/api/wallet/push`, {
    method: "DELETE",
    headers: { Cookie: cookie, "Content-Type": "application/json" },
    body: JSON.stringify({ endpoint }),
  });
  assert.equal(unsubscribe.status, 204, "unsubscribing through B");
}
