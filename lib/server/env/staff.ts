import "server-only";

import { z } from "zod";

import { isStaffRole, type StaffRole } from "@/lib/shared/staff/roles";
import { optionalString, readSection, type RawEnv } from "./fields";

const schema = z.object({
  STAFF_USERS: optionalString,
  STAFF_OIDC_ISSUER: optionalString,
  STAFF_OIDC_CLIENT_ID: optionalString,
  STAFF_OIDC_CLIENT_SECRET: optionalString,
  STAFF_OIDC_NAME: optionalString,
  STAFF_OIDC_ALLOWED_DOMAINS: optionalString,
  STAFF_OIDC_GROUPS_CLAIM: optionalString,
  STAFF_OIDC_REQUIRED_GROUP: optionalString,
  STAFF_OIDC_ROLE_CLAIM: optionalString,
  STAFF_OIDC_ROLE_MAP: optionalString,
});

export interface StaffEnv {
  /** Local accounts, `username:hash` comma-separated (parsed and checked by the staff sign-in). */
  users: string | undefined;
  /** The brand's identity provider, when all three settings are given. */
  oidc: { issuer: string; clientId: string; clientSecret: string } | undefined;
  /** What the OIDC button calls the provider. */
  oidcName: string;
  /** Who at the identity provider is staff: a group or role in a claim, or an e-mail domain (or both). */
  oidcRules:
    | {
        allowedDomains: string[];
        groupsClaim: string;
        requiredGroup: string | undefined;
        /** The claim whose values give the console role, and which value means which role. */
        roleClaim: string;
        roleMap: Map<string, StaffRole>;
      }
    | undefined;
}

/** "store-managers=manager,trainees=lookup": the IdP's values for each role. Unset: the role names themselves. */
function parseRoleMap(text: string | undefined, problems: string[]): Map<string, StaffRole> {
  if (!text)
    return new Map([
      ["lookup", "lookup"],
      ["redeem", "redeem"],
      ["manager", "manager"],
    ]);
  const map = new Map<string, StaffRole>();
  for (const entry of text
    .split(",")
    .map((e) => e.trim())
    .filter(Boolean)) {
    const [value, role] = entry.split("=", 2).map((part) => part?.trim() ?? "");
    if (!value || !isStaffRole(role)) {
      problems.push("STAFF_OIDC_ROLE_MAP entries look like <claim value>=lookup|redeem|manager");
      continue;
    }
    map.set(value, role);
  }
  return map;
}

export function readStaff(raw: RawEnv, problems: string[] = []): StaffEnv | undefined {
  const values = readSection(schema, raw, problems);
  if (!values) return undefined;
  const {
    STAFF_OIDC_ISSUER: issuer,
    STAFF_OIDC_CLIENT_ID: clientId,
    STAFF_OIDC_CLIENT_SECRET: clientSecret,
  } = values;
  const oidc = issuer && clientId && clientSecret ? { issuer, clientId, clientSecret } : undefined;
  const allowedDomains = (values.STAFF_OIDC_ALLOWED_DOMAINS ?? "")
    .split(",")
    .map((d) => d.trim().toLowerCase())
    .filter(Boolean);
  const requiredGroup = values.STAFF_OIDC_REQUIRED_GROUP;
  if (oidc && allowedDomains.length === 0 && !requiredGroup) {
    problems.push(
      "STAFF_OIDC_REQUIRED_GROUP or STAFF_OIDC_ALLOWED_DOMAINS must be set with STAFF_OIDC_*: otherwise every account at the identity provider would be staff",
    );
  }
  return {
    users: values.STAFF_USERS,
    oidc,
    oidcName: values.STAFF_OIDC_NAME ?? "your company account",
    oidcRules: oidc
      ? {
          allowedDomains,
          groupsClaim: values.STAFF_OIDC_GROUPS_CLAIM ?? "groups",
          requiredGroup,
          roleClaim: values.STAFF_OIDC_ROLE_CLAIM ?? "roles",
          roleMap: parseRoleMap(values.STAFF_OIDC_ROLE_MAP, problems),
        }
      : undefined,
  };
}
