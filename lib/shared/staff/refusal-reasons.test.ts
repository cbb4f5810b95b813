import { describe, expect, it } from "vitest";
import { EN, translatorFor } from "@/lib/shared/i18n/test-translate";
import { LOCALES } from "@/lib/shared/i18n/locales";
import { REFUSALS, refusalFor } from "./refusal-reasons";
import { sayAtTill } from "./till-words";

const MONEY = { locale: "en-IN", currency: "INR" };
const say = (code: number | null, t = EN) => sayAtTill(refusalFor(code).reason, { ...MONEY, t });

// The till-facing codes of Capillary's coupon code table (v2 list and v1.1's 706): every one a redeem or
// is_redeemable can answer with must be said in words of its own, not as "code N".
const TILL_CODES = [
  660, 701, 702, 703, 705, 706, 709, 710, 711, 712, 713, 714, 715, 716, 718, 719, 720, 721, 723, 725, 728,
  729, 730, 733, 735, 736, 738, 739, 740, 742, 747, 748, 749, 750, 759, 780, 781, 786, 787, 788, 789, 790,
  791, 792, 793, 794, 795, 796, 797, 798, 799,
];

describe("refusal reasons", () => {
  it.each(TILL_CODES)("says code %i in words, without the code number, in every language", (code) => {
    expect(refusalFor(code).kind).not.toBe("other");
    for (const locale of LOCALES) expect(say(code, translatorFor(locale))).not.toMatch(/\d{3}/);
  });

  it("keys the words by code or kind, never by English text", () => {
    expect(refusalFor(713).reason).toEqual({ key: "code.713" });
    expect(refusalFor(709).reason).toEqual({ key: "tryAgain" });
    expect(refusalFor(799).reason).toEqual({ key: "setup" });
  });

  it("names the refusals staff meet most in plain words", () => {
    expect(say(713)).toBe("This coupon has expired.");
    expect(say(713, translatorFor("hi"))).toBe("यह कूपन समाप्त हो गया है।");
    expect(say(713, translatorFor("ar"))).toBe("انتهت صلاحية هذه القسيمة.");
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
      reason: { key: "otherCode", code: 777 },
      retryable: false,
    });
    expect(say(777)).toBe("Capillary refused it (code 777).");
    expect(say(777, translatorFor("ar"))).toBe("رفضها Capillary (الرمز 777).");
    expect(say(null)).toBe("Capillary refused it.");
  });
});
