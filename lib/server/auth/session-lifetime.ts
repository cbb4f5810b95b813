import "server-only";

import { randomBytes } from "node:crypto";
import type { JWT } from "next-auth/jwt";
import { getEnv } from "@/lib/server/env";
import { getStore } from "@/lib/server/store";

/** A till shift, not a shopper's week: staff sessions end after this whatever refreshes them. */
export const STAFF_SESSION_SECONDS = 8 * 60 * 60;

const revokedKey = (sid: string) => `revoked-session:${sid}`;

/** What a new session's token carries so that it can end: an id to revoke it by and when it must end. */
export function startSession(role: "shopper" | "staff", now = Date.now()): Pick<JWT, "sid" | "endsAt"> {
  const seconds = role === "staff" ? STAFF_SESSION_SECONDS : getEnv().session.shopperMaxDays * 86_400;
  return { sid: randomBytes(16).toString("base64url"), endsAt: Math.floor(now / 1000) + seconds };
}

/**
 * Whether a verified token still opens a session: it must carry an id and an end (older tokens are
 * refused), be before its absolute end however often it was refreshed, and not have been signed out.
 * Sign-outs are kept in the shared store, so a cookie copied before sign-out is refused by every instance.
 */
export async function isLive(token: JWT, now = Date.now()): Promise<boolean> {
  if (typeof token.sid !== "string" || typeof token.endsAt !== "number") return false;
  if (token.endsAt * 1000 <= now) return false;
  return (await getStore().get<boolean>(revokedKey(token.sid))) !== true;
}

/** Ends a session for good: its id is remembered as signed out until the session would have ended. */
export async function revokeSession(token: JWT | null | undefined, now = Date.now()): Promise<void> {
  if (!token || typeof token.sid !== "string" || typeof token.endsAt !== "number") return;
  const ttl = token.endsAt * 1000 - now;
  if (ttl > 0) await getStore().set(revokedKey(token.sid), true, ttl);
}
