import { wordsIn } from "@/lib/server/i18n/words";
import "server-only";

import type { JWT } from "next-auth/jwt";
import { getCapillary } from "@/lib/capillary";
import { getEnv } from "@/lib/server/env";
import { log } from "@/lib/server/log";
import { processSingleton } from "@/lib/server/singleton";
import { getStore } from "@/lib/server/store";
import { sweepReminders, type ReminderDeps } from "./reminders";
import { createPushDevices } from "./subscriptions";
import { createWebPushSender } from "./web-push-sender";

export function pushDevices() {
  return processSingleton("push-devices", () => createPushDevices(getStore()));
}

/** Signing out a session unsubscribes the devices it subscribed (a shared phone stops buzzing). */
export async function forgetSessionDevices(token: JWT | null | undefined): Promise<void> {
  if (token?.role !== "shopper" || !token.customerId || typeof token.sid !== "string") return;
  await pushDevices().removeSession(token.customerId, token.sid);
}

function reminderDeps(vapid: { publicKey: string; privateKey: string; subject: string }): ReminderDeps {
  const { reminders, display } = getEnv();
  return {
    store: getStore(),
    devices: pushDevices(),
    capillary: getCapillary(),
    send: createWebPushSender(vapid),
    leads: reminders.leads,
    display,
    words: (locale) => wordsIn(locale),
    now: Date.now,
  };
}

/** One round as if the clock said `now` (the demo's and tests' hook): how many coupons were reminded. */
export async function runReminderRoundAt(now: number): Promise<number> {
  const { vapid } = getEnv().reminders;
  if (!vapid) return 0;
  return sweepReminders({ ...reminderDeps(vapid), now: () => now });
}

/**
 * Every instance runs the same timer; each round goes to the one instance that claims it first in the
 * shared store (Redis `SET NX`; in memory, the instance itself). Each reminder is claimed too, so even two
 * rounds that overlapped would send it once.
 */
export function startReminderSchedule(): void {
  const { vapid, sweepSeconds } = getEnv().reminders;
  if (!vapid) return;
  processSingleton("reminder-schedule", () => {
    const periodMs = sweepSeconds * 1000;
    const deps = reminderDeps(vapid);
    let running = false;
    const round = async () => {
      if (running) return;
      const roundKey = `push:round:${Math.floor(Date.now() / periodMs)}`;
      // A store that cannot answer skips the round: better a reminder late than twice.
      if (!(await deps.store.claim(roundKey, true, periodMs).catch(() => false))) return;
      running = true;
      try {
        const reminded = await sweepReminders(deps);
        if (reminded > 0) log.info("expiry reminders sent", { coupons: reminded });
      } catch (error) {
        log.error("reminder round failed", { error: error instanceof Error ? error.message : String(error) });
      } finally {
        running = false;
      }
    };
    const timer = setInterval(() => void round(), periodMs);
    timer.unref();
    return timer;
  });
}
