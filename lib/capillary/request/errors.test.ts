import { describe, expect, it } from "vitest";
import { CapillaryError, isCapillaryError, isOutage } from "./errors";

describe("isCapillaryError", () => {
  it("knows this module's errors and those of another bundle's copy of it", () => {
    // What a route's bundle sees when the process-wide client was made by a page's copy of the module.
    class OtherCopy extends Error {
      override readonly name = "CapillaryError";
      readonly kind = "unavailable";
    }
    expect(isCapillaryError(new CapillaryError("timeout", "slow"))).toBe(true);
    expect(isCapillaryError(new OtherCopy("down"))).toBe(true);
    expect(isOutage(new OtherCopy("down"))).toBe(true);
    expect(isCapillaryError(new Error("CapillaryError"))).toBe(false);
    expect(isCapillaryError({ name: "CapillaryError", kind: "unavailable" })).toBe(false);
  });
});
