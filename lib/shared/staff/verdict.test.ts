import { EN } from "@/lib/shared/i18n/test-translate";
import { describe, expect, it } from "vitest";
import type { CodeCheck, Redemption } from "@/lib/capillary";
import type { CouponFacts } from "./types";
import { deriveVerdict, verdictLabel } from "./verdict";

const NOW = Date.parse("2026-01-15T10:00:00Z");

/** WL2ZBJZK as the docs' v1.1 example maps it. */
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
    hasPin: false,
    ...overrides,
  };
}

/** PT4I43YN's v1.1 `redemption_info`. */
const redemption: Redemption = {
  id: "4359526",
  redeemedAt: "2021-05-17T19:07:54+05:30",
  store: { id: null, code: "bukl.till", name: "bukl.till" },
  till: { id: null, code: "bukl.till", name: null },
  billNumber: "ZDCsddfg",
  redeemedBy: "Anjaney Vatsal",
};

function facts(overrides: Partial<CouponFacts> = {}): CouponFacts {
  return {
    uses: { kind: "counted", left: 1, of: 1 },
    timesUsed: 0,
    validTill: "2122-03-08T23:59:59+05:30",
    usableFrom: null,
    validationRequired: false,
    termsAndConditions: null,
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
    expect(deriveVerdict(check, null, NOW)).toBe("unknown");
  });

  it("calls a coupon inside its window valid", () => {
    expect(deriveVerdict(found(), facts(), NOW)).toBe("valid");
    expect(deriveVerdict(found(), null, NOW)).toBe("valid");
  });

  it("calls a coupon with no uses left redeemed, even after it expired", () => {
    const usedUp = facts({ uses: { kind: "counted", left: 0, of: 1 }, timesUsed: 1 });
    expect(deriveVerdict(found({ redemption }), usedUp, NOW)).toBe("redeemed");
    expect(
      deriveVerdict(
        found({ redemption, validTill: "2020-01-01T23:59:59+05:30" }),
        { ...usedUp, validTill: null },
        NOW,
      ),
    ).toBe("redeemed");
  });

  it("calls a multi-use coupon redeemed before but with uses left valid (COFFEE3X01: 2 of 3 left)", () => {
    const twoLeft = facts({ uses: { kind: "counted", left: 2, of: 3 }, timesUsed: 1 });
    expect(deriveVerdict(found({ redemption }), twoLeft, NOW)).toBe("valid");
    expect(
      deriveVerdict(found({ redemption }), facts({ uses: { kind: "unlimited" }, timesUsed: 6 }), NOW),
    ).toBe("valid");
  });

  it("never guesses 'already redeemed' from v1.1's redemption_info alone", () => {
    expect(deriveVerdict(found({ redemption }), null, NOW)).toBe("uses_unknown");
    expect(verdictLabel("uses_unknown", EN)).not.toMatch(/redeemed/i);
  });

  it("is expired from the instant validTill itself, preferring the v2 instant the wallet shows", () => {
    expect(deriveVerdict(found({ validTill: "2026-01-15T10:00:00Z" }), null, NOW)).toBe("expired");
    expect(deriveVerdict(found({ validTill: "2026-01-15T10:00:01Z" }), null, NOW)).toBe("valid");
    expect(deriveVerdict(found(), facts({ validTill: "2026-01-15T10:00:00Z" }), NOW)).toBe("expired");
  });

  it("compares instants, not local dates", () => {
    // 15:29:59 in Kolkata is 09:59:59 UTC: already past at 10:00 UTC.
    expect(deriveVerdict(found({ validTill: "2026-01-15T15:29:59+05:30" }), null, NOW)).toBe("expired");
  });

  it("is not valid yet before validFrom or the series' redemption start", () => {
    expect(deriveVerdict(found({ validFrom: "2026-01-16T00:00:00Z" }), null, NOW)).toBe("not_yet_valid");
    expect(deriveVerdict(found(), facts({ usableFrom: "2026-01-16T00:00:00Z" }), NOW)).toBe("not_yet_valid");
  });

  it("treats missing dates as no limit", () => {
    expect(deriveVerdict(found({ validFrom: null, validTill: null }), null, NOW)).toBe("valid");
  });

  it("has words for every verdict", () => {
    expect(verdictLabel("redeemed", EN)).toBe("Already redeemed");
    expect(verdictLabel("valid", EN)).toBe("Valid");
  });
});
