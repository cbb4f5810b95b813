import { describe, expect, it } from "vitest";
import { maskCode, maskEmail, maskMobile } from "./mask";

describe("masking for the audit log", () => {
  it("keeps the first and last two characters of a code", () => {
    expect(maskCode("WL2ZBJZK")).toBe("WL****ZK");
    expect(maskCode("ABCDE")).toBe("AB*DE");
    expect(maskCode("ABCD")).toBe("****");
    expect(maskCode("A")).toBe("*");
  });
  it("keeps the last four digits of a mobile and the domain of an e-mail", () => {
    expect(maskMobile("919000000001")).toBe("***0001");
    expect(maskEmail("asha.rao@example.com")).toBe("a***@example.com");
    expect(maskEmail("nobody")).toBe("***");
  });
});
