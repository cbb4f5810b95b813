import "server-only";
import CredentialsProvider from "next-auth/providers/credentials";
import type { OAuthConfig } from "next-auth/providers/oauth";
import type { Provider } from "next-auth/providers/index";
import { getEnv, type StaffEnv } from "@/lib/server/env";
import { clientAddress } from "@/lib/server/http/client-address";
import { oidcRole, type OidcProfile } from "./oidc-staff";
import { verifyStaffPassword } from "./staff-sign-in";

export interface StaffSignInMethods {
  local: boolean;
  oidc: boolean;
}

/** Which staff sign-ins this deployment offers: the brand's IdP when fully configured, local accounts when listed. */
export function staffSignInMethods(staff: StaffEnv): StaffSignInMethods {
  return { local: (staff.users ?? "") !== "", oidc: staff.oidc !== undefined };
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
          verifyStaffPassword(credentials?.username, credentials?.password, clientAddress(req.headers)),
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
      // Whether this account may be staff is decided in the signIn callback (options.ts), where a refusal
      // can be audited; here the identity is only named, apart from local accounts.
      profile: (profile) => ({
        id: `staff:oidc:${profile.sub}`,
        role: "staff",
        staffUser: `oidc:${String(profile.preferred_username ?? profile.email ?? profile.sub).slice(0, 64)}`,
        staffRole: staff.oidcRules ? oidcRole(profile, staff.oidcRules) : "lookup",
      }),
    };
    providers.push(oidc);
  }
  return providers;
}
