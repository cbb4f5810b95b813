import { describe, expect, it } from "vitest";
import { REFUSALS, refusalFor } from "./refusal-reasons";

// The till-facing codes of Capillary's coupon code table (v2 list and v1.1's 706): every one a redeem or
// is_redeemable can answer with must be said in words of its own, not as "code N".
const TILL_CODES = [
  660, 701, 702, 703, 705, 706, 709, 710, 711, 712, 713, 714, 715, 716, 718, 719, 720, 721, 723, 725, 728,
  729, 730, 733, 735, 736, 738, 739, 740, 742, 747, 748, 749, 750, 759, 780, 781, 786, 787, 788, 789, 790,
  791, 792, 793, 794, 795, 796, 797, 798, 799,
];

describe("refusal reasons", () => {
  it.each(TILL_CODES)("says code %i in words, without the code number", (code) => {
    const refusal = refusalFor(code);
    expect(refusal.kind).not.toBe("other");
    expect(refusal.words).not.toMatch(/\d{3}/);
  });

  it("names the refusals staff meet most in plain words", () => {
    expect(refusalFor(713).words).toBe("This coupon has expired.");
    expect(refusalFor(711).kind).toBe("used");
    expect(refusalFor(735).kind).toBe("wrong_store");
    expect(refusalFor(729).kind).toBe("wrong_time");
    expect(refusalFor(733).kind).toBe("bill_amount");
    expect(refusalFor(728).kind).toBe("limit_reached");
    expect(refusalFor(660).kind).toBe("revoked");
  });

  it("marks only Capillary's try-again codes as retryable", () => {
    const retryable = Object.entries(REFUSALS)
      .filter(([, refusal]) => refusal.retryable)
      .map(([code]) => Number(code));
    expect(retryable).toEqual([709, 730, 748, 759, 786, 787, 789, 790, 791, 792, 793, 794, 796, 797, 798]);
  });

  it("says an unknown code as Capillary's refusal, with its number", () => {
    expect(refusalFor(777)).toEqual({
      kind: "other",
      words: "Capillary refused it (code 777).",
      retryable: false,
    });
    expect(refusalFor(null).words).toBe("Capillary refused it.");
  });
});
