import "server-only";
import { cookies } from "next/headers";
import { decode, type JWT } from "next-auth/jwt";
import { ApiError } from "@/lib/http/api-error";

// next-auth names its cookie with the __Secure- prefix when served over https.
const SESSION_COOKIES = ["__Secure-next-auth.session-token", "next-auth.session-token"] as const;

function authSecret(): string {
  const secret = process.env.NEXTAUTH_SECRET;
  if (!secret) throw new Error("NEXTAUTH_SECRET is not set: sessions cannot be verified.");
  return secret;
}

/** The verified session token, or null when absent, forged or expired (jose checks `exp`). */
export async function readSessionToken(): Promise<JWT | null> {
  const jar = await cookies();
  for (const name of SESSION_COOKIES) {
    const value = jar.get(name)?.value;
    if (!value) continue;
    try {
      return await decode({ token: value, secret: authSecret() });
    } catch {
      return null;
    }
  }
  return null;
}

export async function getShopperCustomerId(): Promise<string | null> {
  const token = await readSessionToken();
  return token?.role === "shopper" && token.customerId ? token.customerId : null;
}

/** For route handlers: the signed-in shopper's own customer id, from the session and nowhere else. */
export async function requireShopper(): Promise<{ customerId: string }> {
  const token = await readSessionToken();
  if (!token) throw new ApiError("unauthenticated", "Sign in to see your coupons.");
  if (token.role !== "shopper" || !token.customerId) {
    throw new ApiError("forbidden", "This page is for shoppers.");
  }
  return { customerId: token.customerId };
}
