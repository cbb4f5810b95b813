import "server-only";

import type { StaffSession } from "@/lib/server/auth/session";
import { getEnv } from "@/lib/server/env";
import { ApiError } from "@/lib/server/http/api-error";
import { getStore } from "@/lib/server/store";
import { STAFF_SESSION_SECONDS } from "@/lib/server/auth/session-lifetime";

interface ConsoleState {
  seenAt: number;
  locked: boolean;
}

const stateKey = (sid: string) => `staff-console:${sid}`;
const KEEP_MS = STAFF_SESSION_SECONDS * 1000;

/**
 * Whether this staff session's console is locked: explicitly (the tablet's idle timer, "Lock now") or
 * because nothing was done with it for STAFF_LOCK_MINUTES. Kept on the server, so a tablet whose page
 * was left open (or whose clock was changed) cannot read customer data past the lock.
 */
export async function isLocked(session: StaffSession, now = Date.now()): Promise<boolean> {
  const state = await getStore().get<ConsoleState>(stateKey(session.sid));
  if (!state) return false;
  return state.locked || now - state.seenAt > getEnv().till.lockMs;
}

/** Every staff request: refused while locked, else it counts as use of the console. */
export async function assertUnlocked(session: StaffSession, now = Date.now()): Promise<void> {
  if (await isLocked(session, now)) throw new ApiError("locked", "api.consoleLocked");
  await getStore().set(stateKey(session.sid), { seenAt: now, locked: false } satisfies ConsoleState, KEEP_MS);
}

export async function lockConsole(session: StaffSession, now = Date.now()): Promise<void> {
  await getStore().set(stateKey(session.sid), { seenAt: now, locked: true } satisfies ConsoleState, KEEP_MS);
}

export async function unlockConsole(session: StaffSession, now = Date.now()): Promise<void> {
  await getStore().set(stateKey(session.sid), { seenAt: now, locked: false } satisfies ConsoleState, KEEP_MS);
}
