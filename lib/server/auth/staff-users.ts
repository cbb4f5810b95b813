// STAFF_USERS: local staff accounts as comma-separated `username:hash[:role]` (hash from
// `npm run staff:hash`; role lookup, redeem or manager, redeem when left out).
import { DEFAULT_STAFF_ROLE, isStaffRole, STAFF_ROLES, type StaffRole } from "@/lib/shared/staff/roles";
import { isPasswordHash } from "./password";

const USERNAME = /^[a-z0-9][a-z0-9._@-]{0,63}$/;

/** Usernames compare case-insensitively: "Staff.Demo" at a till is the same person as "staff.demo". */
export function normaliseUsername(input: unknown): string | null {
  if (typeof input !== "string") return null;
  const name = input.normalize("NFKC").trim().toLowerCase();
  return USERNAME.test(name) ? name : null;
}

export interface StaffAccount {
  hash: string;
  role: StaffRole;
}

export interface StaffUsers {
  users: Map<string, StaffAccount>;
  /** Entries that were skipped, by position and reason (never the hash itself). */
  problems: string[];
}

export function parseStaffUsers(raw: string | undefined): StaffUsers {
  const users = new Map<string, StaffAccount>();
  const problems: string[] = [];
  const entries = (raw ?? "").split(",").map((entry) => entry.trim());
  entries.forEach((entry, index) => {
    if (entry === "") return;
    // Hashes never hold a ":" (password.ts), so the fields split cleanly.
    const [rawName = "", hash = "", rawRole, ...extra] = entry.split(":");
    const name = normaliseUsername(rawName);
    const role = rawRole === undefined ? DEFAULT_STAFF_ROLE : rawRole.trim().toLowerCase();
    if (!name) problems.push(`entry ${index + 1}: the username is missing or not allowed`);
    else if (!isPasswordHash(hash))
      problems.push(`entry ${index + 1} (${name}): not a hash from npm run staff:hash`);
    else if (!isStaffRole(role) || extra.length > 0)
      problems.push(`entry ${index + 1} (${name}): the role must be one of ${STAFF_ROLES.join(", ")}`);
    else if (users.has(name)) problems.push(`entry ${index + 1} (${name}): the username appears twice`);
    else users.set(name, { hash, role });
  });
  return { users, problems };
}
