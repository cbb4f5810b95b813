import { describe, expect, it } from "vitest";
import { isStaffRole, mayRedeem, mayUndo } from "./roles";

describe("staff roles", () => {
  it("lets look-up-only accounts read but never redeem or undo", () => {
    expect(mayRedeem("lookup")).toBe(false);
    expect(mayUndo("lookup", "ann", "ann")).toBe(false);
  });

  it("lets a redeemer undo only their own redemptions, a manager anyone's", () => {
    expect(mayRedeem("redeem")).toBe(true);
    expect(mayUndo("redeem", "ann", "ann")).toBe(true);
    expect(mayUndo("redeem", "ann", "bob")).toBe(false);
    expect(mayUndo("manager", "mia", "bob")).toBe(true);
  });

  it("recognises only the three roles", () => {
    expect(["lookup", "redeem", "manager", "admin", "", 1].map(isStaffRole)).toEqual([
      true,
      true,
      true,
      false,
      false,
      false,
    ]);
  });
});
