import { describe, expect, it } from "vitest";
import { readStaff } from "@/lib/server/env/staff";
import { staffProviders as providersFor, staffSignInMethods as methodsFor } from "./staff-providers";

const staffEnv = (raw: Record<string, string>) => readStaff(raw)!;
const staffProviders = (raw: Record<string, string>) => providersFor(staffEnv(raw));
const staffSignInMethods = (raw: Record<string, string>) => methodsFor(staffEnv(raw));

const OIDC = {
  STAFF_OIDC_ISSUER: "https://idp.example.com/realms/brand/",
  STAFF_OIDC_CLIENT_ID: "coupon-wallet",
  STAFF_OIDC_CLIENT_SECRET: "s3cret",
  STAFF_OIDC_REQUIRED_GROUP: "counter-staff",
};
// next-auth applies a provider's own options (its id among them) over the defaults when it starts.
const ids = (env: Record<string, string>) =>
  staffProviders(env).map((p) => ("options" in p && (p.options as { id?: string } | undefined)?.id) || p.id);
const USERS = { STAFF_USERS: "staff.demo:scrypt$1024$8$1$c2FsdA$a2V5a2V5a2V5a2V5a2V5a2V5" };

describe("staff sign-in configuration", () => {
  it("offers nothing when nothing is configured", () => {
    expect(staffSignInMethods({})).toEqual({ local: false, oidc: false });
    expect(staffProviders({})).toEqual([]);
  });
  it("offers local accounts when STAFF_USERS is set", () => {
    expect(ids(USERS)).toEqual(["staff-password"]);
  });
  it("needs all three OIDC settings", () => {
    expect(staffSignInMethods({ ...OIDC, STAFF_OIDC_CLIENT_SECRET: "" }).oidc).toBe(false);
    expect(staffSignInMethods({ STAFF_OIDC_ISSUER: OIDC.STAFF_OIDC_ISSUER }).oidc).toBe(false);
  });
  it("builds an OpenID Connect provider from the issuer's discovery document", () => {
    const [provider] = staffProviders(OIDC);
    expect(provider).toMatchObject({
      id: "staff-oidc",
      type: "oauth",
      wellKnown: "https://idp.example.com/realms/brand/.well-known/openid-configuration",
      clientId: "coupon-wallet",
      idToken: true,
    });
  });
  it("maps the IdP profile to a staff user", () => {
    const provider = staffProviders(OIDC)[0] as unknown as {
      profile: (p: Record<string, unknown>) => unknown;
    };
    // Named apart from local accounts: an IdP user called "staff.demo" is not the local staff.demo.
    expect(provider.profile({ sub: "abc", preferred_username: "priya" })).toEqual({
      id: "staff:oidc:abc",
      role: "staff",
      staffUser: "oidc:priya",
      staffRole: "redeem",
    });
    expect(provider.profile({ sub: "m", preferred_username: "mia", roles: ["manager"] })).toMatchObject({
      staffRole: "manager",
    });
  });
  it("offers both when both are configured", () => {
    expect(ids({ ...OIDC, ...USERS })).toEqual(["staff-password", "staff-oidc"]);
  });
});
