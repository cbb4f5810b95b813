import { describe, expect, it } from "vitest";
import { directionOf, formattingLocale, isAppLocale } from "./locales";

describe("locales", () => {
  it("knows which languages are written right to left", () => {
    expect(directionOf("ar")).toBe("rtl");
    expect(directionOf("hi")).toBe("ltr");
    expect(directionOf("en")).toBe("ltr");
  });

  it("formats in the visitor's language and the brand's region", () => {
    expect(formattingLocale("en", "en-IN")).toBe("en-IN");
    expect(formattingLocale("hi", "en-IN")).toBe("hi-IN");
    expect(formattingLocale("ar", "en-AE")).toBe("ar-AE");
    expect(formattingLocale("ar", "en")).toBe("ar");
  });

  it("accepts only the languages we ship", () => {
    expect(isAppLocale("hi")).toBe(true);
    expect(isAppLocale("fr")).toBe(false);
    expect(isAppLocale(undefined)).toBe(false);
  });
});
