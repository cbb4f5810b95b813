import { describe, expect, it } from "vitest";
import { createMemoryStore } from "@/lib/server/store";
import { createPushDevices, type PushDevice } from "./subscriptions";

const device = (n: number, sid = "s1"): PushDevice => ({
  endpoint: `https://fcm.googleapis.com/fcm/send/${n}`,
  keys: { p256dh: "BPk", auth: "au" },
  timeZone: "Asia/Kolkata",
  sid,
  savedAt: n,
});

describe("push devices", () => {
  it("keeps one entry per endpoint, latest first, and the customer on the schedule's list", async () => {
    const devices = createPushDevices(createMemoryStore());
    await devices.save("1", device(1));
    await devices.save("1", { ...device(1), timeZone: "Europe/London", savedAt: 5 });
    await devices.save("1", device(2));
    expect((await devices.of("1")).map((d) => [d.endpoint.slice(-1), d.timeZone])).toEqual([
      ["1", "Europe/London"],
      ["2", "Asia/Kolkata"],
    ]);
    expect(await devices.customers()).toEqual(["1"]);
  });

  it("signing a session out forgets the devices it subscribed, and only those", async () => {
    const devices = createPushDevices(createMemoryStore());
    await devices.save("1", device(1, "phone-session"));
    await devices.save("1", device(2, "tablet-session"));
    await devices.removeSession("1", "phone-session");
    expect((await devices.of("1")).map((d) => d.sid)).toEqual(["tablet-session"]);
  });

  it("holds at most 10 devices a shopper, dropping the oldest", async () => {
    const devices = createPushDevices(createMemoryStore());
    for (let n = 1; n <= 12; n++) await devices.save("1", device(n));
    const kept = await devices.of("1");
    expect(kept).toHaveLength(10);
    expect(kept.map((d) => d.savedAt)).toEqual([12, 11, 10, 9, 8, 7, 6, 5, 4, 3]);
  });
});
