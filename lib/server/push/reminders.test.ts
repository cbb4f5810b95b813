import { translatorFor } from "@/lib/shared/i18n/test-translate";
import type { AppLocale } from "@/lib/shared/i18n/locales";
import { Agent } from "node:https";
import { decodeProtectedHeader, importJWK, jwtVerify } from "jose";
import webpush from "web-push";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Coupon, Redeemability } from "@/lib/capillary";
import { createMemoryStore } from "@/lib/server/store";
import { parseLead } from "@/lib/shared/coupons/reminder-times";
import { makeCoupon } from "@/lib/shared/coupons/test-coupon";
import { browserKeys, startPushService, type StandInPushService } from "@/test/support/push-service";
import { remindCustomer, sweepReminders, type ReminderDeps } from "./reminders";
import { createPushDevices } from "./subscriptions";
import { createWebPushSender } from "./web-push-sender";

const CUSTOMER = "500000001";
const VAPID = { ...webpush.generateVAPIDKeys(), subject: "mailto:reminders@example.com" };
const LEADS = ["7d", "1d", "morning"].map((text) => parseLead(text)!);
const at = (iso: string) => Date.parse(iso);

let service: StandInPushService;
beforeAll(async () => {
  service = await startPushService(() => clock);
});
afterAll(() => service.close());

let clock = 0;
let coupons: Coupon[];
let verdicts: Map<string, Pick<Redeemability, "redeemable" | "resultCode">>;
let deps: ReminderDeps;
let device: ReturnType<typeof browserKeys>;

async function subscribe(path = "/push/device-1", timeZone = "Asia/Kolkata", locale?: AppLocale) {
  device = browserKeys();
  await deps.devices.save(CUSTOMER, {
    endpoint: `${service.url}${path}`,
    keys: device.keys,
    timeZone,
    ...(locale ? { locale } : {}),
    sid: "session-1",
    savedAt: clock,
  });
}

/** What the stand-in received since `from`, decrypted with the subscription's keys. */
const messages = (from = 0) =>
  service.received
    .slice(from)
    .map((r) => ({ at: r.at, ...(JSON.parse(device.decrypt(r.body)) as { title: string; tag: string }) }));

beforeEach(async () => {
  service.received.length = 0;
  coupons = [
    makeCoupon({
      id: "700000101",
      code: "WELCOME250",
      title: "Welcome offer",
      discount: { kind: "ABSOLUTE", value: 250, cap: null },
      activeFrom: "2026-03-01T00:00:00+05:30",
      issuedOn: "2026-03-01T00:00:00+05:30",
      validTill: "2026-03-20T23:59:59+05:30",
      uses: { kind: "counted", left: 1, of: 1 },
    }),
  ];
  verdicts = new Map();
  const store = createMemoryStore();
  deps = {
    store,
    devices: createPushDevices(store),
    capillary: {
      listCustomerCoupons: async () => coupons,
      checkRedeemable: async ({ codes }) =>
        codes.map((code) => ({
          code,
          ...(verdicts.get(code) ?? { redeemable: true, resultCode: 700 }),
          message: null,
          usesLeft: 1,
          usedByCustomer: 0,
        })),
    },
    send: createWebPushSender(VAPID, new Agent({ ca: service.cert })),
    leads: LEADS,
    display: { locale: "en-IN", currency: "INR", defaultLanguage: "en" },
    words: async (locale) => translatorFor(locale),
    now: () => clock,
  };
  await subscribe();
});

/** Runs the schedule every 15 minutes from `from` to `to`, as the app does. */
async function runEvery15Minutes(from: string, to: string) {
  for (clock = at(from); clock <= at(to); clock += 15 * 60_000) await sweepReminders(deps);
}

describe("reminders by web push", () => {
  it("7 days before, at 20:00 rather than midnight: encrypted for the device, signed, said in words", async () => {
    await runEvery15Minutes("2026-03-13T18:00:00+05:30", "2026-03-13T23:45:00+05:30");
    expect(messages()).toEqual([
      {
        at: at("2026-03-13T20:00:00+05:30"),
        title: "₹250 off expires in 7 days",
        body: expect.any(String),
        url: "/wallet",
        tag: "coupon-700000101",
      },
    ]);
    const [request] = service.received;
    expect(request!.headers["content-encoding"]).toBe("aes128gcm");
    expect(request!.headers.ttl).toBe(String(12 * 60 * 60));
    // VAPID: a JWT for this push service's origin, signed with the configured key.
    const [, token, key] = /^vapid t=([^,]+), k=(.+)$/.exec(String(request!.headers.authorization))!;
    expect(key).toBe(VAPID.publicKey);
    const raw = Buffer.from(VAPID.publicKey, "base64url");
    const publicKey = await importJWK({
      alg: "ES256",
      kty: "EC",
      crv: "P-256",
      x: raw.subarray(1, 33).toString("base64url"),
      y: raw.subarray(33, 65).toString("base64url"),
    });
    expect(decodeProtectedHeader(token!).alg).toBe("ES256");
    const { payload } = await jwtVerify(token!, publicKey, { audience: service.url });
    expect(payload.sub).toBe(VAPID.subject);
  });

  it.each([
    ["en", "₹250 off expires in 7 days"],
    ["hi", "₹250 की छूट 7 दिन में समाप्त"],
    // ar-IN money: the amount, a right-to-left mark, then ₹.
    ["ar", "خصم \u200f250 ₹ ينتهي خلال 7 أيام"],
  ] as const)("in the language the shopper subscribed in: %s", async (locale, title) => {
    await subscribe("/push/device-1", "Asia/Kolkata", locale);
    await runEvery15Minutes("2026-03-13T19:45:00+05:30", "2026-03-13T20:00:00+05:30");
    expect(messages()).toMatchObject([
      { title, body: translatorFor(locale)("reminder.body", { title: "Welcome offer" }) },
    ]);
  });

  it("a device saved before languages were kept hears the brand's default language", async () => {
    deps.display = { ...deps.display, defaultLanguage: "hi" };
    await runEvery15Minutes("2026-03-13T19:45:00+05:30", "2026-03-13T20:00:00+05:30");
    expect(messages()).toMatchObject([
      { body: translatorFor("hi")("reminder.body", { title: "Welcome offer" }) },
    ]);
  });

  it("then 1 day before and on the morning of expiry, each once, and nothing between 22:00 and 07:00", async () => {
    await runEvery15Minutes("2026-03-13T07:00:00+05:30", "2026-03-20T23:45:00+05:30");
    const sent = messages().map((m) => ({ title: m.title, at: new Date(m.at).toISOString() }));
    expect(sent).toEqual([
      { title: "₹250 off expires in 7 days", at: "2026-03-13T14:30:00.000Z" },
      // 1 day before 23:59 is night: the evening before, 20:00.
      { title: "₹250 off expires tomorrow at 11:59 pm", at: "2026-03-19T14:30:00.000Z" },
      { title: "₹250 off expires today at 11:59 pm", at: "2026-03-20T03:30:00.000Z" },
    ]);
  });

  it("a shopper who subscribes late at night hears of it once, at 07:00", async () => {
    await runEvery15Minutes("2026-03-15T22:30:00+05:30", "2026-03-16T08:00:00+05:30");
    expect(messages().map((m) => [new Date(m.at).toISOString(), m.title])).toEqual([
      ["2026-03-16T01:30:00.000Z", "₹250 off expires in 4 days"],
    ]);
  });

  it("keeps to the shopper's own zone: seven days before 23:59 in Kolkata is 14:29 in New York, daytime", async () => {
    await subscribe("/push/ny", "America/New_York");
    await deps.devices.removeEndpoint(CUSTOMER, `${service.url}/push/device-1`);
    await runEvery15Minutes("2026-03-13T10:00:00+05:30", "2026-03-14T10:00:00+05:30");
    expect(messages().map((m) => new Date(m.at).toISOString())).toEqual(["2026-03-13T18:30:00.000Z"]);
  });

  it("no reminder for a coupon used since (Capillary says so just before sending), used or not yet usable", async () => {
    verdicts.set("WELCOME250", { redeemable: false, resultCode: 711 });
    coupons.push(
      makeCoupon({
        code: "USEDUP",
        validTill: "2026-03-20T23:59:59+05:30",
        uses: { kind: "counted", left: 0, of: 1 },
      }),
      makeCoupon({
        code: "LATER",
        activeFrom: "2026-03-25T00:00:00+05:30",
        validTill: "2026-03-27T23:59:59+05:30",
      }),
    );
    await runEvery15Minutes("2026-03-13T19:00:00+05:30", "2026-03-13T21:00:00+05:30");
    expect(service.received).toHaveLength(0);
    // Refused for the moment only (Sunday rules, another store): still worth a reminder.
    verdicts.set("WELCOME250", { redeemable: false, resultCode: 729 });
    clock = at("2026-03-19T20:00:00+05:30");
    await remindCustomer(deps, CUSTOMER);
    expect(messages().map((m) => m.title)).toEqual(["₹250 off expires tomorrow at 11:59 pm"]);
  });

  it("at most one reminder per coupon a day, however the lead times fall", async () => {
    deps.leads = ["12h", "morning"].map((text) => parseLead(text)!);
    await runEvery15Minutes("2026-03-20T07:00:00+05:30", "2026-03-20T21:00:00+05:30");
    expect(messages().map((m) => new Date(m.at).toISOString())).toEqual(["2026-03-20T03:30:00.000Z"]);
  });

  it("forgets a device whose push service answers 410 Gone (or 404)", async () => {
    service.answer("/push/device-1", 410);
    clock = at("2026-03-13T20:00:00+05:30");
    await sweepReminders(deps);
    expect(service.received).toHaveLength(1);
    expect(await deps.devices.of(CUSTOMER)).toEqual([]);
  });

  it("Capillary failing: nothing sent and nothing spent, so the next round sends it", async () => {
    const { checkRedeemable } = deps.capillary;
    deps.capillary.checkRedeemable = async () => {
      throw Object.assign(new Error("down"), {
        name: "CapillaryError",
        kind: "unavailable",
        retryable: true,
      });
    };
    clock = at("2026-03-13T20:00:00+05:30");
    await sweepReminders(deps);
    expect(service.received).toHaveLength(0);
    deps.capillary.checkRedeemable = checkRedeemable;
    clock += 15 * 60_000;
    await sweepReminders(deps);
    expect(messages().map((m) => m.title)).toEqual(["₹250 off expires in 7 days"]);
  });
});
