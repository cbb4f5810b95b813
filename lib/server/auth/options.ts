import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { verifyShopperCode } from "./shopper-sign-in";
import { STAFF_SESSION_SECONDS, staffProviders } from "./staff-providers";

const SHOPPER_SESSION_SECONDS = 12 * 60 * 60;

// The Capillary customer id lives only in the signed, encrypted JWT cookie. The session object that
// next-auth hands the browser (/api/auth/session) carries the role alone, so nothing client-side can
// choose or even see whose coupons the server fetches.
export const authOptions = (): NextAuthOptions => ({
  session: { strategy: "jwt", maxAge: SHOPPER_SESSION_SECONDS },
  pages: { signIn: "/signin" },
  providers: [
    CredentialsProvider({
      id: "shopper-otp",
      name: "One-time code",
      credentials: { identifier: { type: "text" }, code: { type: "text" } },
      async authorize(credentials) {
        const shopper = await verifyShopperCode(credentials?.identifier, credentials?.code);
        return { id: shopper.id, customerId: shopper.customerId, role: "shopper" };
      },
    }),
    ...staffProviders(),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.role = user.role;
        token.customerId = user.customerId;
        if (user.role === "staff") {
          token.staffUser = user.staffUser;
          // next-auth has one maxAge for every session; the staff deadline rides in the JWT (requireStaff).
          token.staffExpiresAt = Math.floor(Date.now() / 1000) + STAFF_SESSION_SECONDS;
        }
      }
      return token;
    },
    session({ session, token }) {
      return { expires: session.expires, user: { role: token.role } };
    },
  },
});
