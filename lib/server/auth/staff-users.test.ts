import { describe, expect, it } from "vitest";
import { normaliseUsername, parseStaffUsers } from "./staff-users";

const HASH = "scrypt$1024$8$1$c2FsdHNhbHRzYWx0$a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2V5";

describe("parseStaffUsers", () => {
  it("reads comma-separated username:hash pairs", () => {
    const { users, problems } = parseStaffUsers(`staff.demo:${HASH}, Till.Two:${HASH}`);
    expect([...users.keys()]).toEqual(["staff.demo", "till.two"]);
    expect(users.get("staff.demo")).toBe(HASH);
    expect(problems).toEqual([]);
  });

  it("skips and reports malformed entries without echoing hashes", () => {
    const { users, problems } = parseStaffUsers(`nohash, bob:plaintext, :${HASH}, ann:${HASH}, ann:${HASH}`);
    expect([...users.keys()]).toEqual(["ann"]);
    expect(problems).toHaveLength(4);
    expect(problems.join(" ")).not.toContain("plaintext");
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
