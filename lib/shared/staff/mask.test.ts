import { describe, expect, it } from "vitest";
import { maskCode, maskEmail, maskForScreen, maskMobile } from "./mask";

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

describe("masking on the counter's screen", () => {
  it("shows the last four of mobiles, cards and codes, the first letter and domain of e-mails", () => {
    expect(maskForScreen("mobile", "919000000001")).toBe("••••0001");
    expect(maskForScreen("cardnumber", "4111111111111111")).toBe("••••1111");
    expect(maskForScreen("code", "COFFEE3X01")).toBe("••••3X01");
    expect(maskForScreen("email", "asha.rao@example.com")).toBe("a•••@example.com");
  });
  it("hides a value too short to keep four characters of", () => {
    expect(maskForScreen("code", "AB12")).toBe("••••");
  });
});
