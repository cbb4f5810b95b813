import { afterEach, describe, expect, it, vi } from "vitest";
import { isTimeZone, KNOWN_ZONES_KEPT } from "./time-zone";

afterEach(() => vi.restoreAllMocks());

describe("isTimeZone", () => {
  it("knows IANA zones and their aliases, in any case, and refuses the rest", () => {
    expect(isTimeZone("Asia/Kolkata")).toBe(true);
    expect(isTimeZone("Asia/Calcutta")).toBe(true);
    expect(isTimeZone("america/los_angeles")).toBe(true);
    expect(isTimeZone("Mars/Olympus")).toBe(false);
    expect(isTimeZone("")).toBe(false);
    expect(isTimeZone(undefined)).toBe(false);
    expect(isTimeZone(`Asia/${"x".repeat(64)}`)).toBe(false);
  });

  it("asks Intl once for a zone it has found valid, and every time for one it refused", () => {
    const intl = vi.spyOn(Intl, "DateTimeFormat");
    expect(isTimeZone("Europe/Lisbon")).toBe(true);
    expect(isTimeZone("Europe/Lisbon")).toBe(true);
    expect(intl).toHaveBeenCalledTimes(1);
    expect(isTimeZone("Europe/Atlantis")).toBe(false);
    expect(isTimeZone("Europe/Atlantis")).toBe(false);
    expect(intl).toHaveBeenCalledTimes(3);
  });

  it("keeps at most KNOWN_ZONES_KEPT spellings: a flood of them makes it ask Intl again", () => {
    expect(isTimeZone("Africa/Nairobi")).toBe(true);
    // Intl accepts any case: the 11 letters of "pacific/fiji" spell one zone 2,048 ways.
    const spell = (i: number) => {
      let bit = 0;
      return [..."pacific/fiji"].map((c) => (c !== "/" && (i >> bit++) & 1 ? c.toUpperCase() : c)).join("");
    };
    const spellings = Array.from({ length: KNOWN_ZONES_KEPT }, (_, i) => spell(i + 1));
    expect(new Set(spellings).size).toBe(KNOWN_ZONES_KEPT);
    for (const spelling of spellings) expect(isTimeZone(spelling)).toBe(true);
    const intl = vi.spyOn(Intl, "DateTimeFormat");
    expect(isTimeZone("Africa/Nairobi")).toBe(true);
    expect(intl).toHaveBeenCalledTimes(1);
  });
});
