import { afterEach, describe, expect, it, vi } from "vitest";
import { browserTimeZone, sameTimeZone, zoneDecision } from "./browser-time-zone";

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe("sameTimeZone", () => {
  it("takes a zone's other names for the zone (Chrome's Asia/Calcutta is the brand's Asia/Kolkata)", () => {
    expect(sameTimeZone("Asia/Calcutta", "Asia/Kolkata")).toBe(true);
    expect(sameTimeZone("Etc/UTC", "UTC")).toBe(true);
    expect(sameTimeZone("Europe/London", "Europe/London")).toBe(true);
  });

  it("tells zones apart, even where they share an offset today", () => {
    expect(sameTimeZone("Asia/Kolkata", "Asia/Colombo")).toBe(false);
    expect(sameTimeZone("Europe/London", "Europe/Dublin")).toBe(false);
    expect(sameTimeZone("Asia/Kolkata", "UTC")).toBe(false);
  });

  it("is false for a name the browser doesn't know", () => {
    expect(sameTimeZone("Asia/Kolkata", "Mars/Olympus")).toBe(false);
  });
});

describe("browserTimeZone", () => {
  it("asks Temporal when the browser has it, without building an Intl formatter", () => {
    const formatter = vi.spyOn(Intl, "DateTimeFormat");
    vi.stubGlobal("Temporal", { Now: { timeZoneId: () => "Asia/Calcutta" } });
    expect(browserTimeZone()).toBe("Asia/Calcutta");
    expect(formatter).not.toHaveBeenCalled();
  });

  it("falls back to Intl without Temporal", () => {
    vi.stubGlobal("Temporal", undefined);
    expect(browserTimeZone()).toBe(Intl.DateTimeFormat().resolvedOptions().timeZone);
  });
});

describe("zoneDecision", () => {
  const guessed = { timeZone: "Asia/Kolkata", zoneFromBrowser: false };
  const reported = { timeZone: "Asia/Calcutta", zoneFromBrowser: true };

  it("keeps a wallet drawn in the browser's zone under another name, and tells the server the browser's name", () => {
    expect(zoneDecision("Asia/Calcutta", guessed)).toEqual({ redrawIn: null, remember: "Asia/Calcutta" });
  });

  it("does nothing when the server drew in the zone this browser reported", () => {
    expect(zoneDecision("Asia/Calcutta", reported)).toEqual({ redrawIn: null, remember: null });
  });

  it("redraws a traveller's wallet in their zone and remembers it", () => {
    expect(zoneDecision("Europe/London", guessed)).toEqual({
      redrawIn: "Europe/London",
      remember: "Europe/London",
    });
    expect(zoneDecision("Europe/London", reported)).toEqual({
      redrawIn: "Europe/London",
      remember: "Europe/London",
    });
  });
});
