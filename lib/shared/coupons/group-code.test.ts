import { describe, expect, it } from "vitest";
import { groupCodeForReading } from "./group-code";

describe("groupCodeForReading", () => {
  it("groups the docs' codes by four", () => {
    expect(groupCodeForReading("QZX30JQLIC")).toBe("QZX3 0JQL IC");
    expect(groupCodeForReading("ER07BCJ8")).toBe("ER07 BCJ8");
  });

  it("does not group an already grouped code twice, and handles short and empty codes", () => {
    expect(groupCodeForReading("QZX3 0JQL IC")).toBe("QZX3 0JQL IC");
    expect(groupCodeForReading(" ab ")).toBe("ab");
    expect(groupCodeForReading("")).toBe("");
  });

  it("accepts another group size", () => {
    expect(groupCodeForReading("QZX30JQLIC", 3)).toBe("QZX 30J QLI C");
  });
});
