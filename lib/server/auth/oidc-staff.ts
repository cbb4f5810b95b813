import "server-only";

import type { StaffEnv } from "@/lib/server/env";

export interface OidcProfile extends Record<string, unknown> {
  sub: string;
  preferred_username?: string;
  email?: string;
  email_verified?: boolean | string;
}

export type OidcDecision = { allowed: true; staffUser: string } | { allowed: false; reason: string };

/**
 * Whether an account at the brand's identity provider may use the staff console. Having an account there
 * is not enough (an IdP usually holds every employee, contractors and partners): the e-mail must be
 * verified, and the account must carry the configured group or role, or belong to an allowed domain.
 * OIDC identities are named `oidc:<name>` so none can take a local account's username.
 */
export function decideOidcStaff(
  profile: OidcProfile,
  rules: NonNullable<StaffEnv["oidcRules"]>,
): OidcDecision {
  const verified = profile.email_verified === true || profile.email_verified === "true";
  if (!verified) return { allowed: false, reason: "email_not_verified" };
  const email = typeof profile.email === "string" ? profile.email.toLowerCase() : "";
  const domain = email.includes("@") ? email.slice(email.lastIndexOf("@") + 1) : "";
  const claim = profile[rules.groupsClaim];
  const groups = Array.isArray(claim) ? claim.map(String) : typeof claim === "string" ? [claim] : [];
  const inGroup = rules.requiredGroup !== undefined && groups.includes(rules.requiredGroup);
  const inDomain = domain !== "" && rules.allowedDomains.includes(domain);
  if (!inGroup && !inDomain) return { allowed: false, reason: "not_staff_at_idp" };
  const name = profile.preferred_username ?? (email || profile.sub);
  return { allowed: true, staffUser: `oidc:${String(name).slice(0, 64)}` };
}
