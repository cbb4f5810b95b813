import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { verifyPassword } from "./password";
import { parseStaffUsers } from "./staff-users";

// The README promises staff.demo / demo-staff-pass; scripts/start.ts ships its hash precomputed.
describe("the embedded demo staff account", () => {
  it("is staff.demo with the password the README names", async () => {
    const start = readFileSync(new URL("../../../scripts/start.ts", import.meta.url), "utf8");
    const hash = /const DEMO_HASH = "(scrypt\$[^"]+)"/.exec(start)?.[1] ?? "";
    const list = /const DEMO_STAFF_USERS = `([^`]+)`/.exec(start)?.[1]?.replaceAll("${DEMO_HASH}", hash);
    const { users, problems } = parseStaffUsers(list);
    expect(problems).toEqual([]);
    expect([...users].map(([name, { role }]) => `${name}:${role}`)).toEqual([
      "staff.demo:redeem",
      "staff.lookup:lookup",
      "staff.manager:manager",
    ]);
    expect(await verifyPassword("demo-staff-pass", users.get("staff.demo")!.hash)).toBe(true);
  });
});
