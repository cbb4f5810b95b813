import "server-only";
import { randomBytes } from "node:crypto";
import { getEnv } from "@/lib/server/env";
import { log } from "@/lib/server/log";
import { audit } from "@/lib/server/staff/audit";
import { hashPassword, verifyPassword } from "./password";
import { getStaffThrottles } from "./staff-throttles";
import { normaliseUsername, parseStaffUsers } from "./staff-users";

/** Reasons a staff sign-in fails, as the staff sign-in page reads them (next-auth passes them through). */
export const STAFF_SIGN_IN_ERRORS = { invalid: "invalid_credentials", throttled: "throttled" } as const;

// An unknown username is checked against this, so it costs the same time as a known one and the answer's
// timing does not say which usernames exist.
let decoyHash: Promise<string> | undefined;
const decoy = () => (decoyHash ??= hashPassword(randomBytes(16).toString("hex")));

function configuredUsers() {
  const { users, problems } = parseStaffUsers(getEnv().staff.users);
  if (problems.length > 0)
    log.warn("STAFF_USERS has entries that were skipped", { problems: problems.join("; ") });
  return users;
}

export async function verifyStaffPassword(rawUsername: unknown, rawPassword: unknown, address: string) {
  const username = normaliseUsername(rawUsername);
  const password = typeof rawPassword === "string" ? rawPassword : "";
  if (!username || password === "" || password.length > 256) throw new Error(STAFF_SIGN_IN_ERRORS.invalid);

  const key = `${username}|${address}`;
  const throttles = getStaffThrottles();
  const perAddress = await throttles.signIn.consume(key);
  const throttle = perAddress.allowed ? await throttles.signInUser.consume(username) : perAddress;
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
  const matches = await verifyPassword(password, stored ?? (await decoy()));
  if (!stored || !matches) {
    audit({ staffUser: username, action: "sign_in", query: { address }, result: "failed", requestIds: [] });
    throw new Error(STAFF_SIGN_IN_ERRORS.invalid);
  }
  await Promise.all([throttles.signIn.reset(key), throttles.signInUser.reset(username)]);
  audit({ staffUser: username, action: "sign_in", query: { address }, result: "ok", requestIds: [] });
  return { id: `staff:${username}`, role: "staff" as const, staffUser: username };
}
