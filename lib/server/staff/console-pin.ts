import "server-only";

import type { StaffSession } from "@/lib/server/auth/session";
import { hashPassword, verifyPassword } from "@/lib/server/auth/password";
import { STAFF_SESSION_SECONDS } from "@/lib/server/auth/session-lifetime";
import { getStore } from "@/lib/server/store";

/** A short PIN a member of staff sets for this shift, to unlock the console quicker than a password. */
export const PIN = /^\d{4,8}$/;
/** Wrong PINs a session may try before only the password (or signing in again) unlocks it. */
const PIN_TRIES = 5;

interface PinState {
  hash: string;
  wrong: number;
}

const pinKey = (sid: string) => `staff-pin:${sid}`;
const KEEP_MS = STAFF_SESSION_SECONDS * 1000;

export async function setPin(session: StaffSession, pin: string): Promise<void> {
  const state: PinState = { hash: await hashPassword(pin), wrong: 0 };
  await getStore().set(pinKey(session.sid), state, KEEP_MS);
}

export async function hasPin(session: StaffSession): Promise<boolean> {
  return (await getStore().get<PinState>(pinKey(session.sid))) !== undefined;
}

/** Checks a PIN; after five wrong ones the PIN is forgotten, so guessing four digits is not an option. */
export async function checkPin(session: StaffSession, pin: string): Promise<boolean> {
  const state = await getStore().get<PinState>(pinKey(session.sid));
  if (!state) return false;
  if (await verifyPassword(pin, state.hash)) {
    await getStore().set(pinKey(session.sid), { ...state, wrong: 0 }, KEEP_MS);
    return true;
  }
  if (state.wrong + 1 >= PIN_TRIES) await getStore().delete(pinKey(session.sid));
  else await getStore().set(pinKey(session.sid), { ...state, wrong: state.wrong + 1 }, KEEP_MS);
  return false;
}
