import "server-only";

import type { StaffEnv } from "@/lib/server/env";
import { DEFAULT_STAFF_ROLE, STAFF_ROLES, type StaffRole } from "@/lib/shared/staff/roles";

export interface OidcProfile extends Record<string, unknown> {
  sub: string;
  preferred_username?: string;
  email?: string;
  email_verified?: boolean | string;
}

export type OidcDecision =
  { allowed: true; staffUser: string; staffRole: StaffRole } | { allowed: false; reason: string };

type OidcRules = NonNullable<StaffEnv["oidcRules"]>;

function claimValues(profile: OidcProfile, claim: string): string[] {
  const value = profile[claim];
  return Array.isArray(value) ? value.map(String) : typeof value === "string" ? [value] : [];
}

/** The most a person's role claim grants (a manager who is also in a trainees group is a manager). */
export function oidcRole(profile: OidcProfile, rules: OidcRules): StaffRole {
  const granted = claimValues(profile, rules.roleClaim).flatMap((value) => {
    const role = rules.roleMap.get(value);
    return role ? [role] : [];
  });
  if (granted.length === 0) return DEFAULT_STAFF_ROLE;
  return STAFF_ROLES[Math.max(...granted.map((role) => STAFF_ROLES.indexOf(role)))]!;
}

/**
 * Whether an account at the brand's identity provider may use the staff console. Having an account there
 * is not enough (an IdP usually holds every employee, contractors and partners): the e-mail must be
 * verified, and the account must carry the configured group or role, or belong to an allowed domain.
 * OIDC identities are named `oidc:<name>` so none can take a local account's username.
 */
export function decideOidcStaff(profile: OidcProfile, rules: OidcRules): OidcDecision {
  const verified = profile.email_verified === true || profile.email_verified === "true";
  if (!verified) return { allowed: false, reason: "email_not_verified" };
  const email = typeof profile.email === "string" ? profile.email.toLowerCase() : "";
  const domain = email.includes("@") ? email.slice(email.lastIndexOf("@") + 1) : "";
  const groups = claimValues(profile, rules.groupsClaim);
  const inGroup = rules.requiredGroup !== undefined && groups.includes(rules.requiredGroup);
  const inDomain = domain !== "" && rules.allowedDomains.includes(domain);
  if (!inGroup && !inDomain) return { allowed: false, reason: "not_staff_at_idp" };
  const name = profile.preferred_username ?? (email || profile.sub);
  return {
    allowed: true,
    staffUser: `oidc:${String(name).slice(0, 64)}`,
    staffRole: oidcRole(profile, rules),
  };
}
