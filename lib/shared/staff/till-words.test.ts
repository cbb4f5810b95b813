import { describe, expect, it } from "vitest";
import { EN, translatorFor } from "@/lib/shared/i18n/test-translate";
import { refusalFor } from "./refusal-reasons";
import { wordTillOutcome, type RedeemAnswer, type TillOutcome } from "./till-types";
import { sayAtTill } from "./till-words";

const refused: TillOutcome = {
  outcome: "refused",
  refusal: refusalFor(735),
  stage: "capillary",
  resultCode: 735,
  capillaryMessage: "Invalid store",
};
const notRedeemed: TillOutcome = { outcome: "not_redeemed", saying: { key: "notRedeemed", bill: "B-17" } };

describe("the till's words", () => {
  it("words one kept outcome in the language of each request", () => {
    const inEnglish = wordTillOutcome(refused, { t: EN });
    expect(inEnglish).toEqual({
      ...refused,
      refusal: { ...refused.refusal, words: "This coupon can't be used at this store." },
    });
    const inHindi = wordTillOutcome(refused, { t: translatorFor("hi") });
    expect(inHindi.outcome === "refused" && inHindi.refusal.words).toBe(
      "यह कूपन इस स्टोर पर इस्तेमाल नहीं हो सकता।",
    );
    const inArabic = wordTillOutcome(refused, { t: translatorFor("ar") });
    expect(inArabic.outcome === "refused" && inArabic.refusal.words).toBe(
      "لا يمكن استخدام هذه القسيمة في هذا المتجر.",
    );
  });

  it("says Capillary's silence with the bill number, in each language", () => {
    expect(wordTillOutcome(notRedeemed, { t: EN })).toEqual({
      outcome: "not_redeemed",
      message:
        "Capillary didn't answer in time, and has no redemption of this coupon on bill B-17: it was not redeemed. You can try again.",
    });
    for (const locale of ["hi", "ar"] as const) {
      const answer = wordTillOutcome(notRedeemed, { t: translatorFor(locale) });
      expect(answer.outcome === "not_redeemed" && answer.message).toContain("B-17");
      expect(answer.outcome === "not_redeemed" && answer.message).not.toContain("Capillary didn't");
    }
    expect(sayAtTill({ key: "unconfirmed.lostTrack" }, { t: translatorFor("hi") })).toMatch(/^ऐप/);
  });

  it("writes an amount in the reader's number format", () => {
    const saying = { key: "precheck.maxBill", amount: 100000 };
    expect(sayAtTill(saying, { t: EN, locale: "en-IN", currency: "INR" })).toContain("₹1,00,000");
    expect(sayAtTill(saying, { t: translatorFor("ar"), locale: "ar-AE", currency: "AED" })).toContain(
      "100,000 د.إ.",
    );
  });

  it("passes an answer kept with its words (from before this wording) as it is", () => {
    const kept = {
      outcome: "refused",
      refusal: { kind: "used", words: "This coupon has already been used.", retryable: false },
      stage: "capillary",
      resultCode: 711,
      capillaryMessage: null,
    } as unknown as TillOutcome;
    expect(wordTillOutcome(kept, { t: EN })).toEqual(kept as unknown as RedeemAnswer);
  });
});
