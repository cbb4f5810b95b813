import "server-only";

import { getStore } from "@/lib/server/store";
import type { ActivityEvent } from "@/lib/shared/wallet/activity";

/** How long a shopper can see who looked at their account. */
export const ACTIVITY_DAYS = 90;
const ACTIVITY_MS = ACTIVITY_DAYS * 86_400_000;
/** A busy account's list stays small; more than this in 90 days would be a problem of its own. */
const MAX_EVENTS = 500;

const key = (customerId: string) => `activity:${customerId}`;

/**
 * Notes that staff touched a shopper's account: when, where and what, never who (the shopper sees this).
 * Kept in the shared store so that any instance's events show up on any instance's page. Best effort: a
 * store outage loses the note, never the staff member's answer.
 */
export async function recordActivity(customerId: string, event: Omit<ActivityEvent, "at">, now = Date.now()) {
  const full: ActivityEvent = { at: new Date(now).toISOString(), ...event };
  await getStore().pushToList(key(customerId), full, { maxItems: MAX_EVENTS, ttlMs: ACTIVITY_MS });
}

/** The last 90 days of staff activity on this shopper's account, newest first. */
export async function readActivity(customerId: string, now = Date.now()): Promise<ActivityEvent[]> {
  const events = await getStore().readList<ActivityEvent>(key(customerId));
  return events.filter((event) => Date.parse(event.at) >= now - ACTIVITY_MS);
}
