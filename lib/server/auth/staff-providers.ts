import "server-only";
import CredentialsProvider from "next-auth/providers/credentials";
import type { OAuthConfig } from "next-auth/providers/oauth";
import type { Provider } from "next-auth/providers/index";
import { getEnv, type StaffEnv } from "@/lib/server/env";
import { verifyStaffPassword } from "./staff-sign-in";

/** A till shift, not a shopper's half-day: staff sessions end sooner (checked by requireStaff). */
export const STAFF_SESSION_SECONDS = 8 * 60 * 60;

export interface StaffSignInMethods {
  local: boolean;
  oidc: boolean;
}

/** Which staff sign-ins this deployment offers: the brand's IdP when fully configured, local accounts when listed. */
export function staffSignInMethods(staff: StaffEnv): StaffSignInMethods {
  return { local: (staff.users ?? "") !== "", oidc: staff.oidc !== undefined };
}

function firstForwardedAddress(headers: Record<string, unknown> | undefined): string {
  const forwarded = headers?.["x-forwarded-for"];
  const first = typeof forwarded === "string" ? forwarded.split(",")[0]?.trim() : undefined;
  const real = headers?.["x-real-ip"];
  return first || (typeof real === "string" ? real : "") || "unknown";
}

interface OidcProfile extends Record<string, unknown> {
  sub: string;
  preferred_username?: string;
  email?: string;
}

export function staffProviders(staff: StaffEnv = getEnv().staff): Provider[] {
  const methods = staffSignInMethods(staff);
  const providers: Provider[] = [];
  if (methods.local) {
    providers.push(
      CredentialsProvider({
        id: "staff-password",
        name: "Staff account",
        credentials: { username: { type: "text" }, password: { type: "password" } },
        authorize: (credentials, req) =>
          verifyStaffPassword(
            credentials?.username,
            credentials?.password,
            firstForwardedAddress(req.headers),
          ),
      }),
    );
  }
  if (staff.oidc) {
    const issuer = staff.oidc.issuer.replace(/\/+$/, "");
    const oidc: OAuthConfig<OidcProfile> = {
      id: "staff-oidc",
      name: staff.oidcName,
      type: "oauth",
      wellKnown: `${issuer}/.well-known/openid-configuration`,
      clientId: staff.oidc.clientId,
      clientSecret: staff.oidc.clientSecret,
      idToken: true,
      checks: ["pkce", "state"],
      authorization: { params: { scope: "openid profile email" } },
      profile: (profile) => ({
        id: `staff:${profile.sub}`,
        role: "staff",
        staffUser: profile.preferred_username ?? profile.email ?? profile.sub,
      }),
    };
    providers.push(oidc);
  }
  return providers;
}
