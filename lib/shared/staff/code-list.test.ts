import { describe, expect, it } from "vitest";
import { MAX_CODES, parseCodeInput, parseCodesParam } from "./code-list";

describe("parseCodeInput", () => {
  it("splits on spaces, commas, semicolons and new lines", () => {
    expect(parseCodeInput(" WL2ZBJZK, PT4I43YN\nAB-1_2;\tXY ")).toEqual({
      ok: true,
      codes: ["WL2ZBJZK", "PT4I43YN", "AB-1_2", "XY"],
    });
  });
  it("drops duplicates in any case: Capillary matches codes without regard to case", () => {
    expect(parseCodeInput("abc ABC abc")).toEqual({ ok: true, codes: ["abc"] });
  });
  it("needs at least one code", () => {
    expect(parseCodeInput("  , \n")).toMatchObject({ ok: false, saying: { key: "staff.codes.error.none" } });
  });
  it("allows 20 codes and refuses 21", () => {
    const codes = Array.from({ length: MAX_CODES + 1 }, (_, i) => `CODE${i}`);
    expect(parseCodeInput(codes.slice(0, 20).join(" "))).toMatchObject({ ok: true });
    expect(parseCodeInput(codes.join(" "))).toMatchObject({ ok: false });
  });
  it("counts 21 entries with a duplicate as 20 codes", () => {
    const codes = Array.from({ length: 20 }, (_, i) => `CODE${i}`);
    expect(parseCodeInput([...codes, "CODE0"].join(","))).toMatchObject({ ok: true });
  });
  it.each(["A".repeat(65), "ABC$", "<script>", "ÄBC", "AB.CD"])("refuses %j", (code) => {
    expect(parseCodeInput(code)).toMatchObject({ ok: false });
  });
  it("accepts a 64-character code", () => {
    expect(parseCodeInput("A".repeat(64))).toMatchObject({ ok: true });
  });
  it("does not echo a very long input in full", () => {
    const result = parseCodeInput("A".repeat(500));
    expect(!result.ok && String(result.saying.values?.code).length).toBeLessThan(30);
  });
});

describe("parseCodesParam", () => {
  it("takes comma-separated codes", () => {
    expect(parseCodesParam("WL2ZBJZK,PT4I43YN")).toEqual({ ok: true, codes: ["WL2ZBJZK", "PT4I43YN"] });
  });
  it.each([null, "", " ", "A,,B", "A,", "A B"])("refuses %j", (param) => {
    expect(parseCodesParam(param)).toMatchObject({ ok: false });
  });
});
