import { describe, expect, it } from "vitest";
import { localeFromAcceptLanguage } from "./accept-language";

describe("localeFromAcceptLanguage", () => {
  it("takes the best-rated language we speak", () => {
    expect(localeFromAcceptLanguage("hi-IN,hi;q=0.9,en;q=0.8")).toBe("hi");
    expect(localeFromAcceptLanguage("fr-FR,ar;q=0.5,en;q=0.4")).toBe("ar");
    expect(localeFromAcceptLanguage("en;q=0.2,ar-AE;q=0.9")).toBe("ar");
    expect(localeFromAcceptLanguage("en-US")).toBe("en");
  });

  it("gives null when none of ours is asked for (the brand's default applies)", () => {
    expect(localeFromAcceptLanguage("fr-FR,de;q=0.9")).toBeNull();
    expect(localeFromAcceptLanguage("hi;q=0")).toBeNull();
    expect(localeFromAcceptLanguage("")).toBeNull();
    expect(localeFromAcceptLanguage(undefined)).toBeNull();
  });
});
