import { EN } from "@/lib/shared/i18n/test-translate";
import { describe, expect, it } from "vitest";
import { formatUses } from "./format-uses";

describe("formatUses", () => {
  it("says unlimited only for an unlimited limit", () => {
    expect(formatUses({ kind: "unlimited" }, EN)).toBe("Unlimited uses");
  });

  it("reads single use before and after redemption", () => {
    expect(formatUses({ kind: "counted", left: 1, of: 1 }, EN)).toBe("Single use");
    expect(formatUses({ kind: "counted", left: 0, of: 1 }, EN)).toBe("Used");
  });

  it("gives the total where the series sets one", () => {
    expect(formatUses({ kind: "counted", left: 2, of: 3 }, EN)).toBe("2 of 3 uses left");
    expect(formatUses({ kind: "counted", left: 3, of: 3 }, EN)).toBe("3 of 3 uses left");
    expect(formatUses({ kind: "counted", left: 0, of: 3 }, EN)).toBe("No uses left");
  });

  it("counts without a total", () => {
    expect(formatUses({ kind: "counted", left: 4, of: null }, EN)).toBe("4 uses left"); // QZX30JQLIC
    expect(formatUses({ kind: "counted", left: 1, of: null }, EN)).toBe("1 use left");
  });

  it("never promises a use that does not exist, and never guesses", () => {
    expect(formatUses({ kind: "counted", left: -1, of: null }, EN)).toBe("No uses left");
    expect(formatUses({ kind: "counted", left: 0.5, of: null }, EN)).toBe("No uses left");
    expect(formatUses({ kind: "unknown" }, EN)).toBe("Uses not stated");
  });
});
