import "server-only";

import pLimit from "p-limit";
import { isCapillaryError, type CapillaryClient, type Coupon } from "@/lib/capillary";
import { log } from "@/lib/server/log";
import type { KeyValueStore } from "@/lib/server/store";
import { formatCouponValue, formatExpiry, getCouponStatus, parseInstant } from "@/lib/shared/coupons";
import {
  dueReminder,
  nextReminderAt,
  outsideQuietHours,
  type Lead,
} from "@/lib/shared/coupons/reminder-times";
import { calendarDate } from "@/lib/shared/coupons/instant";
import { refusalKind, STILL_GOOD } from "@/lib/shared/coupons/usable-here";
import { formattingLocale, type AppLocale } from "@/lib/shared/i18n/locales";
import type { Translate } from "@/lib/shared/i18n/translate";
import type { PushDevice, PushDevices } from "./subscriptions";

/** What a push message carries; the service worker shows it (sw/service-worker.ts). */
export interface ReminderMessage {
  title: string;
  body: string;
  /** Opened on a tap. */
  url: string;
  /** One notification per coupon: a newer one replaces it. */
  tag: string;
}

export type Delivery = "sent" | "gone" | "failed";

export interface ReminderDeps {
  store: KeyValueStore;
  devices: PushDevices;
  capillary: Pick<CapillaryClient, "listCustomerCoupons" | "checkRedeemable">;
  send: (device: PushDevice, message: ReminderMessage) => Promise<Delivery>;
  leads: readonly Lead[];
  /** The brand's money and region, and its default language (for devices saved without one). */
  display: { locale: string; currency: string; defaultLanguage: AppLocale };
  /** The words of a language: each device hears its reminders in the language it subscribed in. */
  words: (locale: AppLocale) => Promise<Translate>;
  now: () => number;
}

const HOUR_MS = 60 * 60 * 1000;
/** A customer with nothing due is looked at again by then at the latest: new coupons arrive unannounced. */
const RECHECK_MS = 6 * HOUR_MS;
/** Capillary's is_redeemable takes up to 20 codes a call. */
const CODES_PER_CHECK = 20;

const nextCheckKey = (customerId: string) => `push:next:${customerId}`;

/** The coupons whose reminder is due now, and when the customer's next one falls. */
function plan(coupons: readonly Coupon[], deps: ReminderDeps, timeZone: string, now: number) {
  const due: { coupon: Coupon; at: number }[] = [];
  let next = now + RECHECK_MS;
  for (const coupon of coupons) {
    const till = parseInstant(coupon.validTill);
    const status = getCouponStatus(coupon, now);
    if (till === null || status === "used" || status === "expired") continue;
    const upcoming = nextReminderAt(till, deps.leads, timeZone, now);
    if (upcoming !== null) next = Math.min(next, upcoming);
    // Not yet usable: no reminder until it is (its next one is still planned for above).
    if (status === "not_yet_active") continue;
    const reminder = dueReminder(till, deps.leads, timeZone, now);
    if (reminder) due.push({ coupon, at: reminder.at });
  }
  return { due, next };
}

/** Capillary's word, just before sending, on which due coupons are still good (used since: no reminder). */
async function stillGood(deps: ReminderDeps, customerId: string, coupons: Coupon[]): Promise<Set<string>> {
  const good = new Set<string>();
  for (let i = 0; i < coupons.length; i += CODES_PER_CHECK) {
    const codes = coupons.slice(i, i + CODES_PER_CHECK).map((c) => c.code);
    for (const verdict of await deps.capillary.checkRedeemable({ customerId, codes }))
      if (verdict.redeemable || STILL_GOOD.has(refusalKind(verdict.resultCode))) good.add(verdict.code);
  }
  return good;
}

function message(
  coupon: Coupon,
  deps: ReminderDeps,
  words: { timeZone: string; language: AppLocale; t: Translate },
  now: number,
): ReminderMessage {
  // The language in the brand's region: Hindi with INR writes "hi-IN" numbers and month names.
  const display = {
    ...deps.display,
    ...words,
    locale: formattingLocale(words.language, deps.display.locale),
  };
  const value = formatCouponValue(coupon.discount, display);
  const { relative } = formatExpiry(coupon.validTill, now, display);
  return {
    title: `${value} ${relative}`,
    body: words.t("reminder.body", { title: coupon.title }),
    url: "/wallet",
    tag: `coupon-${coupon.id}`,
  };
}

/** At most once per reminder and once per coupon a day, whichever instance gets there first. */
async function claimReminder(
  deps: ReminderDeps,
  customerId: string,
  coupon: Coupon,
  at: number,
  timeZone: string,
) {
  const till = parseInstant(coupon.validTill)!;
  const day = calendarDate(deps.now(), timeZone);
  const dayKey = `push:day:${customerId}:${coupon.id}:${day.year}-${day.month}-${day.day}`;
  // A store that cannot answer claims nothing: a reminder skipped is better than one sent twice.
  const claim = (key: string, ttlMs: number) => deps.store.claim(key, true, ttlMs).catch(() => false);
  return (
    (await claim(`push:sent:${customerId}:${coupon.id}:${at}`, till - at + 24 * HOUR_MS)) &&
    (await claim(dayKey, 48 * HOUR_MS))
  );
}

async function deliver(
  deps: ReminderDeps,
  customerId: string,
  devices: PushDevice[],
  textFor: (device: PushDevice) => Promise<ReminderMessage>,
) {
  const results = await Promise.all(devices.map(async (device) => deps.send(device, await textFor(device))));
  // The push service says the browser unsubscribed (404/410): forget that device.
  await Promise.all(
    devices.map((device, i) =>
      results[i] === "gone" ? deps.devices.removeEndpoint(customerId, device.endpoint) : undefined,
    ),
  );
  if (results.includes("sent")) await deps.devices.refresh(customerId);
  return results.includes("sent");
}

/** Sends the customer the reminders due now; how many coupons were reminded. */
export async function remindCustomer(deps: ReminderDeps, customerId: string): Promise<number> {
  const devices = await deps.devices.of(customerId);
  if (devices.length === 0) {
    await deps.devices.forgetCustomer(customerId);
    return 0;
  }
  // The latest device's zone: where the shopper is now, as far as we know.
  const { timeZone } = devices[0]!;
  const now = deps.now();
  if (outsideQuietHours(now, timeZone) !== now) return 0;
  const nextCheck = await deps.store.get<number>(nextCheckKey(customerId));
  if (nextCheck !== undefined && now < nextCheck) return 0;

  let reminded = 0;
  try {
    const { due, next } = plan(await deps.capillary.listCustomerCoupons(customerId), deps, timeZone, now);
    const good =
      due.length > 0
        ? await stillGood(
            deps,
            customerId,
            due.map((d) => d.coupon),
          )
        : new Set();
    for (const { coupon, at } of due) {
      if (!good.has(coupon.code) || !(await claimReminder(deps, customerId, coupon, at, timeZone))) continue;
      const textFor = async ({ locale }: PushDevice) => {
        const language = locale ?? deps.display.defaultLanguage;
        return message(coupon, deps, { timeZone, language, t: await deps.words(language) }, now);
      };
      if (await deliver(deps, customerId, devices, textFor)) reminded += 1;
    }
    await deps.store.set(nextCheckKey(customerId), next, next - now);
  } catch (error) {
    // Capillary failing: nothing is claimed, so the next round tries again.
    if (!isCapillaryError(error)) throw error;
    log.warn("reminders skipped for now: Capillary failing", { kind: error.kind });
  }
  return reminded;
}

/** One round over every customer with a device; how many coupons were reminded. */
export async function sweepReminders(deps: ReminderDeps): Promise<number> {
  const limit = pLimit(4);
  const customers = await deps.devices.customers();
  const counts = await Promise.all(customers.map((id) => limit(() => remindCustomer(deps, id))));
  return counts.reduce((a, b) => a + b, 0);
}
