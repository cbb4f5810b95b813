import "server-only";
import CredentialsProvider from "next-auth/providers/credentials";
import type { OAuthConfig } from "next-auth/providers/oauth";
import type { Provider } from "next-auth/providers/index";
import { verifyStaffPassword } from "@/lib/server/auth/staff-sign-in";

/** A till shift, not a shopper's half-day: staff sessions end sooner (checked by requireStaff). */
export const STAFF_SESSION_SECONDS = 8 * 60 * 60;

type Env = Record<string, string | undefined>;

export interface StaffSignInMethods {
  local: boolean;
  oidc: boolean;
}

/** Which staff sign-ins this deployment offers: the brand's IdP when fully configured, local accounts when listed. */
export function staffSignInMethods(env: Env = process.env): StaffSignInMethods {
  return {
    local: (env.STAFF_USERS ?? "").trim() !== "",
    oidc: Boolean(env.STAFF_OIDC_ISSUER && env.STAFF_OIDC_CLIENT_ID && env.STAFF_OIDC_CLIENT_SECRET),
  };
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

export function staffProviders(env: Env = process.env): Provider[] {
  const methods = staffSignInMethods(env);
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
  if (methods.oidc) {
    const issuer = env.STAFF_OIDC_ISSUER!.replace(/\/+$/, "");
    const oidc: OAuthConfig<OidcProfile> = {
      id: "staff-oidc",
      name: env.STAFF_OIDC_NAME ?? "your company account",
      type: "oauth",
      wellKnown: `${issuer}/.well-known/openid-configuration`,
      clientId: env.STAFF_OIDC_CLIENT_ID,
      clientSecret: env.STAFF_OIDC_CLIENT_SECRET,
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
