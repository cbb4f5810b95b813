import { describe, expect, it } from "vitest";
import { hashPassword, isPasswordHash, parsePasswordHash, verifyPassword } from "./password";

// Small parameters keep the suite fast; the format and the comparison are what is under test.
const FAST = { N: 1024, r: 8, p: 1 };

describe("staff password hashing", () => {
  it("verifies the right password and refuses a wrong one", async () => {
    const stored = await hashPassword("demo-staff-pass", FAST);
    expect(await verifyPassword("demo-staff-pass", stored)).toBe(true);
    expect(await verifyPassword("demo-staff-pasS", stored)).toBe(false);
    expect(await verifyPassword("", stored)).toBe(false);
  });

  it("salts every hash and never uses ':' (STAFF_USERS separates username and hash with it)", async () => {
    const a = await hashPassword("same", FAST);
    const b = await hashPassword("same", FAST);
    expect(a).not.toBe(b);
    expect(a).not.toContain(":");
    expect(a).toMatch(/^scrypt\$1024\$8\$1\$[A-Za-z0-9_-]+\$[A-Za-z0-9_-]+$/);
  });

  it("uses the slow defaults when no parameters are given", async () => {
    const stored = await hashPassword("x");
    expect(parsePasswordHash(stored)).toMatchObject({ N: 65536, r: 8, p: 1 });
  });

  it.each([
    "",
    "plain-text-password",
    "bcrypt$10$abc$def",
    "scrypt$1000$8$1$c2FsdA$a2V5a2V5a2V5a2V5a2V5a2V5",
    "scrypt$1024$8$1$c2FsdA",
    "scrypt$4194304$8$1$c2FsdA$a2V5a2V5a2V5a2V5a2V5a2V5",
    "scrypt$1024$8$1$c2F:sdA$a2V5a2V5a2V5a2V5a2V5a2V5",
  ])("treats %j as no hash at all", async (stored) => {
    expect(isPasswordHash(stored)).toBe(false);
    expect(await verifyPassword("anything", stored)).toBe(false);
  });
});
