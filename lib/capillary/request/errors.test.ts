import { describe, expect, it } from "vitest";
import { CapillaryError, isCapillaryError, isOutage } from "./errors";

/** What another bundle's copy of this module throws: the same class, built from another copy of its code. */
function fromAnotherCopy(kind: string): Error {
  const error = new Error("Capillary is unavailable");
  Object.defineProperty(error, "name", { value: "CapillaryError" });
  return Object.assign(error, { kind, retryable: true });
}

describe("isCapillaryError", () => {
  it("knows Capillary's errors thrown by another bundle's copy of the client, so an outage is still one", () => {
    expect(isCapillaryError(new CapillaryError("timeout", "slow"))).toBe(true);
    expect(isCapillaryError(fromAnotherCopy("unavailable"))).toBe(true);
    expect(isOutage(fromAnotherCopy("unavailable"))).toBe(true);
    expect(isOutage(fromAnotherCopy("forbidden"))).toBe(false);
  });

  it("takes nothing else for one", () => {
    expect(isCapillaryError(new Error("CapillaryError"))).toBe(false);
    expect(isCapillaryError({ name: "CapillaryError", kind: "unavailable", retryable: true })).toBe(false);
    expect(isCapillaryError(Object.assign(new TypeError("x"), { kind: "unavailable" }))).toBe(false);
  });
});
