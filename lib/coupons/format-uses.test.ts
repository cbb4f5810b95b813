import { describe, expect, it } from "vitest";
import { formatUsesLeft } from "./format-uses";

describe("formatUsesLeft", () => {
  it("words unlimited, none, one and many", () => {
    expect(formatUsesLeft(null)).toBe("Unlimited uses");
    expect(formatUsesLeft(0)).toBe("No uses left");
    expect(formatUsesLeft(1)).toBe("1 use left");
    expect(formatUsesLeft(2)).toBe("2 uses left");
    expect(formatUsesLeft(4)).toBe("4 uses left"); // QZX30JQLIC's redemptionsLeft
  });

  it("never promises a use that does not exist", () => {
    expect(formatUsesLeft(-1)).toBe("No uses left");
    expect(formatUsesLeft(0.5)).toBe("No uses left");
    expect(formatUsesLeft(Number.NaN)).toBe("No uses left");
  });
});
