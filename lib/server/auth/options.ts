import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { clientAddress } from "@/lib/server/http/client-address";
import { verifyShopperCode } from "./shopper-sign-in";
import { getEnv } from "@/lib/server/env";
import { forgetSessionDevices } from "@/lib/server/push";
import { audit } from "@/lib/server/staff/audit";
import { decideOidcStaff, type OidcProfile } from "./oidc-staff";
import { revokeSession, startSession } from "./session-lifetime";
import { staffProviders } from "./staff-providers";

/** Idle limit: a shopper's session is renewed while in use, up to its absolute end (startSession). */
const SHOPPER_IDLE_SECONDS = 12 * 60 * 60;

// The Capillary customer id lives only in the signed, encrypted JWT cookie. The session object that
// next-auth hands the browser (/api/auth/session) carries the role alone, so nothing client-side can
// choose or even see whose coupons the server fetches.
export const authOptions = (): NextAuthOptions => ({
  session: { strategy: "jwt", maxAge: SHOPPER_IDLE_SECONDS },
  pages: { signIn: "/signin" },
  providers: [
    CredentialsProvider({
      id: "shopper-otp",
      name: "One-time code",
      credentials: { identifier: { type: "text" }, code: { type: "text" } },
      async authorize(credentials, req) {
        const shopper = await verifyShopperCode(
          credentials?.identifier,
          credentials?.code,
          clientAddress(req.headers),
        );
        return { id: shopper.id, customerId: shopper.customerId, role: "shopper" };
      },
    }),
    ...staffProviders(),
  ],
  callbacks: {
    // An identity provider's account is staff only if it passes the brand's rules; every attempt is audited.
    signIn({ account, profile }) {
      if (account?.provider !== "staff-oidc") return true;
      const rules = getEnv().staff.oidcRules;
      const decision = rules
        ? decideOidcStaff((profile ?? { sub: "" }) as OidcProfile, rules)
        : { allowed: false as const, reason: "not_configured" };
      audit({
        staffUser: decision.allowed ? decision.staffUser : "oidc:(refused)",
        action: "sign_in",
        query: { method: "oidc" },
        result: decision.allowed ? "ok" : `refused:${decision.reason}`,
        requestIds: [],
      });
      return decision.allowed;
    },
    jwt({ token, user }) {
      if (user) {
        token.role = user.role;
        token.customerId = user.customerId;
        if (user.role === "staff") {
          token.staffUser = user.staffUser;
          token.staffRole = user.staffRole;
        }
        Object.assign(token, startSession(user.role));
        return token;
      }
      // Past its absolute end a session is not renewed, however often it is asked for.
      if (typeof token.endsAt !== "number" || token.endsAt * 1000 <= Date.now()) return {};
      return token;
    },
    session({ session, token }) {
      return { expires: session.expires, user: { role: token.role } };
    },
  },
  events: {
    // Sign-out ends the session on the server too: a copy of the cookie is refused from now on, and the
    // devices this session subscribed to reminders stop getting them.
    signOut: async ({ token }) => {
      await Promise.all([revokeSession(token), forgetSessionDevices(token)]);
    },
  },
});
