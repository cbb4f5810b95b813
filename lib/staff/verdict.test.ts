import { describe, expect, it } from "vitest";
import type { CodeCheck } from "@/lib/capillary/types";
import { deriveVerdict, verdictLabel } from "./verdict";

const NOW = Date.parse("2026-01-15T10:00:00Z");

function found(overrides: Partial<Extract<CodeCheck, { kind: "found" }>> = {}): CodeCheck {
  return {
    kind: "found",
    code: "WL2ZBJZK",
    couponId: "454473807",
    seriesId: "142654",
    discount: { kind: "ABSOLUTE", value: 10, cap: null },
    validFrom: "2022-05-30T18:10:48+05:30",
    validTill: "2122-03-08T23:59:59+05:30",
    customer: { id: "98662653", name: "Anjaney Vatsal", mobile: null, email: null },
    redemption: null,
    issuedStore: null,
    standardTermsAndConditions: null,
    ...overrides,
  };
}

describe("deriveVerdict", () => {
  it("calls an item Capillary does not know unknown", () => {
    const check: CodeCheck = {
      kind: "unknown",
      code: "NOPE",
      statusCode: 705,
      message: "Both coupon code and validation code are invalid",
    };
    expect(deriveVerdict(check, NOW)).toBe("unknown");
  });
  it("calls a coupon inside its window valid", () => {
    expect(deriveVerdict(found(), NOW)).toBe("valid");
  });
  it("calls a redeemed coupon redeemed, even after it expired", () => {
    const redemption = {
      id: "4359526",
      redeemedAt: "2021-05-17T19:07:54+05:30",
      store: null,
      billNumber: "ZDCsddfg",
    };
    expect(deriveVerdict(found({ redemption }), NOW)).toBe("redeemed");
    expect(deriveVerdict(found({ redemption, validTill: "2020-01-01T23:59:59+05:30" }), NOW)).toBe(
      "redeemed",
    );
  });
  it("is expired from the instant validTill itself", () => {
    expect(deriveVerdict(found({ validTill: "2026-01-15T10:00:00Z" }), NOW)).toBe("expired");
    expect(deriveVerdict(found({ validTill: "2026-01-15T10:00:01Z" }), NOW)).toBe("valid");
  });
  it("compares instants, not local dates", () => {
    // 15:29:59 in Kolkata is 09:59:59 UTC: already past at 10:00 UTC.
    expect(deriveVerdict(found({ validTill: "2026-01-15T15:29:59+05:30" }), NOW)).toBe("expired");
  });
  it("is not valid yet before validFrom", () => {
    expect(deriveVerdict(found({ validFrom: "2026-01-16T00:00:00Z" }), NOW)).toBe("not_yet_valid");
  });
  it("treats missing dates as no limit", () => {
    expect(deriveVerdict(found({ validFrom: null, validTill: null }), NOW)).toBe("valid");
  });
  it("has words for every verdict", () => {
    expect(verdictLabel("redeemed")).toBe("Already redeemed");
  });
});
