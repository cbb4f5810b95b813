import "server-only";
import { processSingleton } from "@/lib/server/singleton";
import { cookies } from "next/headers";
import { decode, type JWT } from "next-auth/jwt";
import { ApiError } from "@/lib/server/http/api-error";
import { getEnv } from "@/lib/server/env";
import { DEFAULT_STAFF_ROLE, isStaffRole, type StaffRole } from "@/lib/shared/staff/roles";
import { isLive } from "./session-lifetime";
import { createVerifiedTokenCache } from "./verified-tokens";

// next-auth names its cookie with the __Secure- prefix when served over https.
const SESSION_COOKIES = ["__Secure-next-auth.session-token", "next-auth.session-token"] as const;

const verifiedTokens = () => processSingleton("verified-tokens", createVerifiedTokenCache);

/** The verified session token, or null when absent, forged or expired (jose checks `exp`). */
export async function readSessionToken(): Promise<JWT | null> {
  const jar = await cookies();
  for (const name of SESSION_COOKIES) {
    const value = jar.get(name)?.value;
    if (!value) continue;
    const now = Date.now();
    let token: JWT | null | undefined = verifiedTokens().get(value, now);
    if (!token) {
      try {
        token = await decode({ token: value, secret: getEnv().session.secret });
      } catch {
        return null;
      }
      if (token) verifiedTokens().remember(value, token, now);
    }
    return token && (await isLive(token, now)) ? token : null;
  }
  return null;
}

export async function getShopperCustomerId(): Promise<string | null> {
  return (await getShopperSession())?.customerId ?? null;
}

/** The signed-in shopper and when their session ends (its absolute end or idle expiry, the sooner). */
export async function getShopperSession(): Promise<{ customerId: string; endsAt: number } | null> {
  const token = await readSessionToken();
  if (token?.role !== "shopper" || !token.customerId) return null;
  const ends = [token.endsAt, typeof token.exp === "number" ? token.exp : undefined].filter(
    (t): t is number => typeof t === "number",
  );
  return { customerId: token.customerId, endsAt: Math.min(...ends) * 1000 };
}

/**
 * For route handlers: the signed-in shopper's own customer id, from the session and nowhere else, and the
 * session's id (what a push subscription is tied to, so signing out unsubscribes the device).
 */
export async function requireShopper(): Promise<{ customerId: string; sessionId: string }> {
  const token = await readSessionToken();
  if (!token) throw new ApiError("unauthenticated", "api.signInForCoupons");
  if (token.role !== "shopper" || !token.customerId) {
    throw new ApiError("forbidden", "api.shoppersOnly");
  }
  // A live session always has its id (isLive refuses a token without one).
  return { customerId: token.customerId, sessionId: String(token.sid) };
}

export interface StaffSession {
  staffUser: string;
  staffRole: StaffRole;
  /** The session's id: the console's lock is kept per session. */
  sid: string;
}

/** The signed-in member of staff, or null (signed out, a shopper, or a staff session past its 8 hours). */
export async function getStaffSession(): Promise<StaffSession | null> {
  const token = await readSessionToken();
  return token ? staffSessionOf(token) : null;
}

export async function getStaffUser(): Promise<string | null> {
  return (await getStaffSession())?.staffUser ?? null;
}

// Sessions from before roles carry none: they keep what every account could do then.
function staffSessionOf(token: JWT): StaffSession | null {
  if (token.role !== "staff" || !token.staffUser || typeof token.sid !== "string") return null;
  const staffRole = isStaffRole(token.staffRole) ? token.staffRole : DEFAULT_STAFF_ROLE;
  return { staffUser: token.staffUser, staffRole, sid: token.sid };
}

/** For staff route handlers: 401 signed out (or staff session over), 403 for any other role. */
export async function requireStaff(): Promise<StaffSession> {
  const token = await readSessionToken();
  if (!token) throw new ApiError("unauthenticated", "api.signInStaff");
  if (token.role !== "staff") throw new ApiError("forbidden", "api.staffOnly");
  const session = staffSessionOf(token);
  if (!session) throw new ApiError("unauthenticated", "api.staffSessionEnded");
  return session;
}
