// STAFF_USERS: local staff accounts as comma-separated `username:hash` (hash from `npm run staff:hash`).
import { isPasswordHash } from "./password";

const USERNAME = /^[a-z0-9][a-z0-9._@-]{0,63}$/;

/** Usernames compare case-insensitively: "Staff.Demo" at a till is the same person as "staff.demo". */
export function normaliseUsername(input: unknown): string | null {
  if (typeof input !== "string") return null;
  const name = input.normalize("NFKC").trim().toLowerCase();
  return USERNAME.test(name) ? name : null;
}

export interface StaffUsers {
  users: Map<string, string>;
  /** Entries that were skipped, by position and reason (never the hash itself). */
  problems: string[];
}

export function parseStaffUsers(raw: string | undefined): StaffUsers {
  const users = new Map<string, string>();
  const problems: string[] = [];
  const entries = (raw ?? "").split(",").map((entry) => entry.trim());
  entries.forEach((entry, index) => {
    if (entry === "") return;
    const separator = entry.indexOf(":");
    const name = normaliseUsername(separator > 0 ? entry.slice(0, separator) : "");
    const hash = separator > 0 ? entry.slice(separator + 1) : "";
    if (!name) problems.push(`entry ${index + 1}: the username is missing or not allowed`);
    else if (!isPasswordHash(hash))
      problems.push(`entry ${index + 1} (${name}): not a hash from npm run staff:hash`);
    else if (users.has(name)) problems.push(`entry ${index + 1} (${name}): the username appears twice`);
    else users.set(name, hash);
  });
  return { users, problems };
}
