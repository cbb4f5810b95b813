import { describe, expect, it } from "vitest";
import { maskIdentifier, parseShopperIdentifier } from "./identifier";

describe("parseShopperIdentifier", () => {
  it("adds the default country code to a 10-digit mobile", () => {
    expect(parseShopperIdentifier("90000 00001")).toEqual({ type: "mobile", value: "919000000001" });
  });
  it("keeps a full international number without the plus", () => {
    expect(parseShopperIdentifier("+91 90000-00001")).toEqual({ type: "mobile", value: "919000000001" });
  });
  it("lower-cases e-mail addresses", () => {
    expect(parseShopperIdentifier(" Asha.Rao@Example.com ")).toEqual({
      type: "email",
      value: "asha.rao@example.com",
    });
  });
  it.each([
    "",
    "abc",
    "12345",
    "9".repeat(16),
    "<script>",
    "91900000000１",
    "９１９０００００００01",
    "٩١٩٠٠٠٠٠٠٠٠١",
    "asha@exаmple.com",
    "a@",
    42,
    null,
  ])("rejects %s", (input) => expect(parseShopperIdentifier(input)).toBeNull());
  it("masks identifiers for logs", () => {
    expect(maskIdentifier({ type: "mobile", value: "919000000001" })).toBe("***0001");
    expect(maskIdentifier({ type: "email", value: "asha@example.com" })).toBe("a***@example.com");
  });
});
