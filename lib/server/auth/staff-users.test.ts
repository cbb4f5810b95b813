import { describe, expect, it } from "vitest";
import { normaliseUsername, parseStaffUsers } from "./staff-users";

const HASH = "scrypt$1024$8$1$c2FsdHNhbHRzYWx0$a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2V5";

describe("parseStaffUsers", () => {
  it("reads comma-separated username:hash pairs", () => {
    const { users, problems } = parseStaffUsers(`staff.demo:${HASH}, Till.Two:${HASH}`);
    expect([...users.keys()]).toEqual(["staff.demo", "till.two"]);
    expect(users.get("staff.demo")).toEqual({ hash: HASH, role: "redeem" });
    expect(problems).toEqual([]);
  });

  it("skips and reports malformed entries without echoing hashes", () => {
    const { users, problems } = parseStaffUsers(`nohash, bob:plaintext, :${HASH}, ann:${HASH}, ann:${HASH}`);
    expect([...users.keys()]).toEqual(["ann"]);
    expect(problems).toHaveLength(4);
    expect(problems.join(" ")).not.toContain("plaintext");
  });

  it("reads an optional third field as the role, redeem when left out", () => {
    const { users, problems } = parseStaffUsers(
      `ann:${HASH}:lookup, bob:${HASH}:MANAGER, cy:${HASH}, dee:${HASH}:admin, eve:${HASH}:redeem:x`,
    );
    expect([...users].map(([name, account]) => [name, account.role])).toEqual([
      ["ann", "lookup"],
      ["bob", "manager"],
      ["cy", "redeem"],
    ]);
    expect(problems).toEqual([
      "entry 4 (dee): the role must be one of lookup, redeem, manager",
      "entry 5 (eve): the role must be one of lookup, redeem, manager",
    ]);
  });

  it("is empty when unset", () => {
    expect(parseStaffUsers(undefined).users.size).toBe(0);
  });
});

describe("normaliseUsername", () => {
  it.each([
    [" Staff.Demo ", "staff.demo"],
    ["a@b.co", "a@b.co"],
    ["", null],
    ["has space", null],
    ["x".repeat(65), null],
    [42, null],
  ])("%j → %j", (input, expected) => expect(normaliseUsername(input)).toBe(expected));
});
