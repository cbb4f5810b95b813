// What a coupon card says in each language we ship: plurals by each language's own rules, money and dates
// through Intl in the visitor's language with the brand's currency and region (formattingLocale).
import { describe, expect, it } from "vitest";
import { formattingLocale } from "@/lib/shared/i18n/locales";
import { translatorFor } from "@/lib/shared/i18n/test-translate";
import { formatExpiry } from "./format-expiry";
import { formatUses } from "./format-uses";
import { formatCouponValue, formatMoney } from "./format-value";

const KOLKATA = "Asia/Kolkata";
const at = (iso: string) => Date.parse(iso);
const TILL = "2020-05-18T23:59:59+05:30";
const EN = translatorFor("en");
const HI = translatorFor("hi");
const AR = translatorFor("ar");

describe("uses left, by each language's plural rules", () => {
  const left = (n: number) => ({ kind: "counted", left: n, of: null }) as const;

  it("English: 1 use left, 2 uses left", () => {
    expect(formatUses(left(1), EN)).toBe("1 use left");
    expect(formatUses(left(2), EN)).toBe("2 uses left");
  });

  it("Hindi: the number with बाकी", () => {
    expect(formatUses(left(1), HI)).toBe("1 इस्तेमाल बाकी");
    expect(formatUses(left(2), HI)).toBe("2 इस्तेमाल बाकी");
  });

  it("Arabic: one, two, few (3-10) and many (11-99) each have their own form", () => {
    expect(formatUses(left(1), AR)).toBe("متبقٍ استخدام واحد");
    expect(formatUses(left(2), AR)).toBe("متبقٍ استخدامان");
    expect(formatUses(left(3), AR)).toMatch(/^متبقٍ \S+ استخدامات$/);
    expect(formatUses(left(11), AR)).toMatch(/^متبقٍ \S+ استخدامًا$/);
  });
});

describe("expiry wording", () => {
  const options = (t: typeof EN, locale: string) => ({ t, locale, timeZone: KOLKATA });

  it("reads naturally in each language", () => {
    const threeDays = at("2020-05-15T12:00:00+05:30");
    expect(formatExpiry(TILL, threeDays, options(EN, "en-IN")).relative).toBe("expires in 3 days");
    expect(formatExpiry(TILL, threeDays, options(HI, "hi-IN")).relative).toBe("3 दिन में समाप्त");
    expect(formatExpiry(TILL, threeDays, options(AR, "ar")).relative).toMatch(/^ينتهي خلال \S+ أيام$/);
    const oneDayLeft = at("2020-05-17T10:00:00+05:30");
    expect(formatExpiry(TILL, oneDayLeft, options(AR, "ar")).relative).toMatch(/^ينتهي غدًا الساعة /);
    const twoHours = at("2020-05-18T21:30:00+05:30");
    expect(formatExpiry(TILL, twoHours, options(AR, "ar")).relative).toBe("ينتهي خلال ساعتين");
    expect(formatExpiry(TILL, at("2020-05-19T10:00:00+05:30"), options(HI, "hi-IN")).relative).toBe(
      "कल समाप्त हो गया",
    );
  });

  it("writes the date in the visitor's language, on their clock", () => {
    const { absolute } = formatExpiry(TILL, at("2020-05-01T10:00:00+05:30"), options(HI, "hi-IN"));
    expect(absolute).toContain("मई");
    expect(absolute).toContain("2020");
    const arabic = formatExpiry(TILL, at("2020-05-01T10:00:00+05:30"), options(AR, "ar-AE")).absolute;
    expect(arabic).toContain("مايو");
  });
});

describe("money in the brand's currency, as the language writes it", () => {
  it("Hindi in India: ₹ with Indian grouping", () => {
    const locale = formattingLocale("hi", "en-IN");
    expect(formatMoney(100000, { locale, currency: "INR" })).toBe("₹1,00,000");
    expect(
      formatCouponValue({ kind: "ABSOLUTE", value: 250, cap: null }, { locale, currency: "INR", t: HI }),
    ).toBe("₹250 की छूट");
  });

  it("Arabic with a Gulf brand's currency", () => {
    const locale = formattingLocale("ar", "en-AE");
    const money = formatMoney(250, { locale, currency: "AED" });
    expect(money).toMatch(/د\.إ/);
    expect(
      formatCouponValue({ kind: "PERCENT", value: 15, cap: 500 }, { locale, currency: "AED", t: AR }),
    ).toMatch(/^خصم .+، حتى .+د\.إ/);
  });

  it("English stays exactly as before", () => {
    expect(formatCouponValue({ kind: "PERCENT", value: 15, cap: 500 }, { t: EN })).toBe(
      "15% off, up to ₹500",
    );
  });
});
