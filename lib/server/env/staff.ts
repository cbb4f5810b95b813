import "server-only";

import { z } from "zod";

import { optionalString, readSection, type RawEnv } from "./fields";

const schema = z.object({
  STAFF_USERS: optionalString,
  STAFF_OIDC_ISSUER: optionalString,
  STAFF_OIDC_CLIENT_ID: optionalString,
  STAFF_OIDC_CLIENT_SECRET: optionalString,
  STAFF_OIDC_NAME: optionalString,
});

export interface StaffEnv {
  /** Local accounts, `username:hash` comma-separated (parsed and checked by the staff sign-in). */
  users: string | undefined;
  /** The brand's identity provider, when all three settings are given. */
  oidc: { issuer: string; clientId: string; clientSecret: string } | undefined;
  /** What the OIDC button calls the provider. */
  oidcName: string;
}

export function readStaff(raw: RawEnv, problems: string[] = []): StaffEnv | undefined {
  const values = readSection(schema, raw, problems);
  if (!values) return undefined;
  const {
    STAFF_OIDC_ISSUER: issuer,
    STAFF_OIDC_CLIENT_ID: clientId,
    STAFF_OIDC_CLIENT_SECRET: clientSecret,
  } = values;
  return {
    users: values.STAFF_USERS,
    oidc: issuer && clientId && clientSecret ? { issuer, clientId, clientSecret } : undefined,
    oidcName: values.STAFF_OIDC_NAME ?? "your company account",
  };
}
