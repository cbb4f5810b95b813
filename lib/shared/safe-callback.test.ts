import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "./safe-callback";

describe("safeCallbackPath", () => {
  it("keeps paths on this site", () => expect(safeCallbackPath("/wallet?tab=used")).toBe("/wallet?tab=used"));
  it.each(["https://evil.example", "//evil.example", "/\\evil.example", "javascript:alert(1)", undefined, 3])(
    "falls back for %s",
    (value) => expect(safeCallbackPath(value)).toBe("/wallet"),
  );
});
