import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { verifyPassword } from "./password";
import { parseStaffUsers } from "./staff-users";

// The README promises staff.demo / demo-staff-pass; scripts/start.ts ships its hash precomputed.
describe("the embedded demo staff account", () => {
  it("is staff.demo with the password the README names", async () => {
    const start = readFileSync(new URL("../../../scripts/start.ts", import.meta.url), "utf8");
    const value = /"(staff\.demo:scrypt\$[^"]+)"/.exec(start)?.[1];
    const hash = parseStaffUsers(value).users.get("staff.demo");
    expect(hash).toBeDefined();
    expect(await verifyPassword("demo-staff-pass", hash!)).toBe(true);
  });
});
