import "server-only";
import { randomBytes } from "node:crypto";
import { getEnv } from "@/lib/server/env";
import { log } from "@/lib/server/log";
import { audit } from "@/lib/server/staff/audit";
import { hashPassword, verifyPassword } from "./password";
import pLimit from "p-limit";
import { addressKey } from "@/lib/server/http/client-address";
import { consumeAll } from "./budget";
import { staffBudgets } from "./staff-budgets";
import { normaliseUsername, parseStaffUsers } from "./staff-users";

/** Reasons a staff sign-in fails, as the staff sign-in page reads them (next-auth passes them through). */
export const STAFF_SIGN_IN_ERRORS = { invalid: "invalid_credentials", throttled: "throttled" } as const;

// An unknown username takes as long as a real check, so the answer's timing does not say which usernames
// exist; but it waits rather than hashes: rotating made-up usernames (the cheap attack) then costs no CPU.
// The wait is what checks have been taking here, first measured on a decoy.
let checkMs: number | undefined;
async function timedCheck(password: string, hash: string): Promise<boolean> {
  const started = performance.now();
  const matches = await verifyPassword(password, hash);
  const took = performance.now() - started;
  checkMs = checkMs === undefined ? took : checkMs * 0.8 + took * 0.2;
  return matches;
}
let calibration: Promise<boolean> | undefined;
async function waitLikeACheck(): Promise<false> {
  // Measured once, on a decoy, by the first unknown username; everyone else waits for that or sleeps.
  calibration ??= hashPassword(randomBytes(16).toString("hex")).then((hash) =>
    inHashingSlot(() => timedCheck("", hash)),
  );
  if (checkMs === undefined) await calibration;
  else await new Promise((resolve) => setTimeout(resolve, checkMs));
  return false;
}

function configuredUsers() {
  const { users, problems } = parseStaffUsers(getEnv().staff.users);
  if (problems.length > 0)
    log.warn("STAFF_USERS has entries that were skipped", { problems: problems.join("; ") });
  return users;
}

// scrypt takes 64 MiB, a thread of libuv's pool (4 by default) and a core's worth of CPU per hash: one at a
// time leaves the other cores and the rest of the pool to shoppers (a hash is ~0.1 s: a shift's sign-ins
// still pass quickly), and a queue longer than a busy counter needs is refused rather than left to grow.
const HASHING_AT_ONCE = 1;
const HASHING_QUEUE = 8;
const hashing = pLimit(HASHING_AT_ONCE);

/** Runs a password check in a bounded slot, or refuses at once when too many are already waiting. */
async function inHashingSlot<T>(work: () => Promise<T>): Promise<T> {
  if (hashing.pendingCount >= HASHING_QUEUE) throw new Error(`${STAFF_SIGN_IN_ERRORS.throttled}:5`);
  return hashing(work);
}

export async function verifyStaffPassword(rawUsername: unknown, rawPassword: unknown, address: string) {
  const username = normaliseUsername(rawUsername);
  const password = typeof rawPassword === "string" ? rawPassword : "";
  if (!username || password === "" || password.length > 256) throw new Error(STAFF_SIGN_IN_ERRORS.invalid);

  // The address first: rotating usernames spends this budget, and no password is hashed once it is gone.
  const budgets = staffBudgets();
  const from = addressKey(address);
  const throttle = await consumeAll([
    [budgets.signInPerAddress, from],
    [budgets.signInPerUsername, username],
  ]);
  if (!throttle.allowed) {
    audit({
      staffUser: username,
      action: "sign_in",
      query: { address },
      result: "throttled",
      requestIds: [],
    });
    throw new Error(`${STAFF_SIGN_IN_ERRORS.throttled}:${throttle.retryAfterSeconds}`);
  }
  const stored = configuredUsers().get(username);
  const matches = stored
    ? await inHashingSlot(() => timedCheck(password, stored.hash))
    : await waitLikeACheck();
  if (!stored || !matches) {
    audit({ staffUser: username, action: "sign_in", query: { address }, result: "failed", requestIds: [] });
    throw new Error(STAFF_SIGN_IN_ERRORS.invalid);
  }
  await budgets.signInPerUsername.reset(username);
  audit({ staffUser: username, action: "sign_in", query: { address }, result: "ok", requestIds: [] });
  return { id: `staff:${username}`, role: "staff" as const, staffUser: username, staffRole: stored.role };
}
