import { describe, expect, it } from "vitest";
import { decideOidcStaff } from "./oidc-staff";

const rules = {
  allowedDomains: ["brand.example"],
  groupsClaim: "groups",
  requiredGroup: "counter-staff",
  roleClaim: "roles",
  roleMap: new Map([
    ["store-managers", "manager"],
    ["trainees", "lookup"],
  ] as const),
};

describe("decideOidcStaff", () => {
  it("needs a verified e-mail, whatever else the account has", () => {
    expect(decideOidcStaff({ sub: "1", email: "a@brand.example", groups: ["counter-staff"] }, rules)).toEqual(
      {
        allowed: false,
        reason: "email_not_verified",
      },
    );
    expect(
      decideOidcStaff({ sub: "1", email: "a@brand.example", email_verified: "false" }, rules).allowed,
    ).toBe(false);
  });

  it("admits the configured group or an allowed domain, nobody else", () => {
    const base = { sub: "1", email_verified: true };
    expect(decideOidcStaff({ ...base, email: "x@gmail.com", groups: ["counter-staff"] }, rules).allowed).toBe(
      true,
    );
    expect(decideOidcStaff({ ...base, email: "x@BRAND.example" }, rules).allowed).toBe(true);
    expect(decideOidcStaff({ ...base, email: "x@gmail.com", groups: ["finance"] }, rules)).toEqual({
      allowed: false,
      reason: "not_staff_at_idp",
    });
    expect(decideOidcStaff({ ...base, email: "x@brand.example.evil.com" }, rules).allowed).toBe(false);
    expect(decideOidcStaff({ ...base, email: "x@gmail.com", groups: "counter-staff" }, rules).allowed).toBe(
      true,
    );
  });

  it("names OIDC staff apart from local accounts", () => {
    expect(
      decideOidcStaff(
        { sub: "1", email_verified: true, email: "x@brand.example", preferred_username: "staff.demo" },
        rules,
      ),
    ).toEqual({ allowed: true, staffUser: "oidc:staff.demo", staffRole: "redeem" });
  });

  it("maps the role claim to the console's roles, the most it grants winning", () => {
    const base = { sub: "1", email_verified: true, email: "x@brand.example" };
    const role = (roles: unknown) => {
      const decision = decideOidcStaff({ ...base, roles }, rules);
      return decision.allowed ? decision.staffRole : null;
    };
    expect(role(["trainees"])).toBe("lookup");
    expect(role("store-managers")).toBe("manager");
    expect(role(["trainees", "store-managers"])).toBe("manager");
    expect(role(["manager"])).toBe("redeem"); // not in this brand's map
    expect(role(undefined)).toBe("redeem");
  });
});
