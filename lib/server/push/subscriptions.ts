import "server-only";

import type { KeyValueStore } from "@/lib/server/store";
import type { AppLocale } from "@/lib/shared/i18n/locales";

/** A browser's push subscription, with what reminders need to know about its shopper and session. */
export interface PushDevice {
  endpoint: string;
  keys: { p256dh: string; auth: string };
  /** The shopper's zone on that device: reminders keep to its daytime. */
  timeZone: string;
  /**
   * The shopper's language when they subscribed (a timer has no visitor to ask). Absent on devices saved
   * before it was kept: those get the brand's default.
   */
  locale?: AppLocale;
  /** The session that subscribed it: signing that session out unsubscribes the device. */
  sid: string;
  savedAt: number;
}

/** Every customer with at least one device: what the schedule walks through. */
const CUSTOMERS = "push:customers";
const devicesKey = (customerId: string) => `push:devices:${customerId}`;
/** Refreshed by each subscribe and each reminder delivered; a device gone quiet for longer is forgotten. */
const KEEP_MS = 180 * 24 * 60 * 60 * 1000;
/** A shopper's devices, at most: a script cannot grow the store without bound. */
const MOST_DEVICES = 10;

export function createPushDevices(store: KeyValueStore) {
  async function entries(customerId: string): Promise<{ raw: string; device: PushDevice }[]> {
    const members = await store.setMembers(devicesKey(customerId));
    return members.flatMap((raw) => {
      try {
        return [{ raw, device: JSON.parse(raw) as PushDevice }];
      } catch {
        return [];
      }
    });
  }

  async function remove(customerId: string, match: (device: PushDevice) => boolean): Promise<void> {
    const gone = (await entries(customerId)).filter(({ device }) => match(device));
    await Promise.all(gone.map(({ raw }) => store.removeFromSet(devicesKey(customerId), raw)));
  }

  return {
    /** Saves (or refreshes) a device; the oldest beyond MOST_DEVICES is dropped. */
    async save(customerId: string, device: PushDevice): Promise<void> {
      await remove(customerId, (d) => d.endpoint === device.endpoint);
      const others = (await entries(customerId)).sort((a, b) => b.device.savedAt - a.device.savedAt);
      await Promise.all(
        others.slice(MOST_DEVICES - 1).map(({ raw }) => store.removeFromSet(devicesKey(customerId), raw)),
      );
      await store.addToSet(devicesKey(customerId), JSON.stringify(device), KEEP_MS);
      await store.addToSet(CUSTOMERS, customerId, KEEP_MS);
    },
    /** The customer's devices, latest saved first. */
    async of(customerId: string): Promise<PushDevice[]> {
      return (await entries(customerId)).map(({ device }) => device).sort((a, b) => b.savedAt - a.savedAt);
    },
    removeEndpoint: (customerId: string, endpoint: string) =>
      remove(customerId, (d) => d.endpoint === endpoint),
    removeSession: (customerId: string, sid: string) => remove(customerId, (d) => d.sid === sid),
    customers: () => store.setMembers(CUSTOMERS),
    forgetCustomer: (customerId: string) => store.removeFromSet(CUSTOMERS, customerId),
    /** A reminder reached the customer: keep their devices for another KEEP_MS. */
    async refresh(customerId: string): Promise<void> {
      for (const { raw } of await entries(customerId))
        await store.addToSet(devicesKey(customerId), raw, KEEP_MS);
      await store.addToSet(CUSTOMERS, customerId, KEEP_MS);
    },
  };
}

export type PushDevices = ReturnType<typeof createPushDevices>;
