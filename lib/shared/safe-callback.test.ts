import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "./safe-callback";

describe("safeCallbackPath", () => {
  it.each([
    ["/wallet", "/wallet"],
    ["/wallet?tab=used", "/wallet?tab=used"],
    ["/staff#codes", "/staff#codes"],
    ["/wallet/../staff", "/staff"],
  ])("keeps a path on this site: %s", (value, expected) => expect(safeCallbackPath(value)).toBe(expected));

  it.each([
    "https://evil.example",
    "//evil.example",
    "/\\evil.example",
    "\\\\evil.example",
    "/\t/evil.example",
    "/\n/evil.example",
    "/\r\n/evil.example",
    "/%09/evil.example",
    "/%2f/evil.example",
    "/%2F%2Fevil.example",
    "/%5cevil.example",
    "/%5C%5Cevil.example",
    " //evil.example",
    "javascript:alert(1)",
    "/%",
    "",
    undefined,
    3,
    `/${"a".repeat(3000)}`,
  ])("falls back for %j", (value) => expect(safeCallbackPath(value)).toBe("/wallet"));
});
