import { EN } from "@/lib/shared/i18n/test-translate";
import { describe, expect, it } from "vitest";
import { formatCouponValue, formatMoney } from "./format-value";
import { ER07BCJ8, QZX30JQLIC } from "./test-coupon";

describe("formatCouponValue in en-IN / INR (the defaults)", () => {
  it("words the docs' examples", () => {
    expect(formatCouponValue(QZX30JQLIC.discount, { t: EN })).toBe("₹1,000 off");
    expect(formatCouponValue(ER07BCJ8.discount, { t: EN })).toBe("10% off");
  });

  it("words absolute amounts without trailing .00 but keeps real fractions", () => {
    expect(formatCouponValue({ kind: "ABSOLUTE", value: 250, cap: null }, { t: EN })).toBe("₹250 off");
    expect(formatCouponValue({ kind: "ABSOLUTE", value: 99.5, cap: null }, { t: EN })).toBe("₹99.50 off");
    expect(formatCouponValue({ kind: "ABSOLUTE", value: 100000, cap: null }, { t: EN })).toBe(
      "₹1,00,000 off",
    );
  });

  it("adds a percentage's cap, and ignores a cap on an absolute discount", () => {
    expect(formatCouponValue({ kind: "PERCENT", value: 15, cap: 500 }, { t: EN })).toBe(
      "15% off, up to ₹500",
    );
    expect(formatCouponValue({ kind: "PERCENT", value: 12.5, cap: 1500 }, { t: EN })).toBe(
      "12.5% off, up to ₹1,500",
    );
    expect(formatCouponValue({ kind: "PERCENT", value: 10, cap: 0 }, { t: EN })).toBe("10% off");
    expect(formatCouponValue({ kind: "ABSOLUTE", value: 250, cap: 100 }, { t: EN })).toBe("₹250 off");
  });
});

describe("formatCouponValue in other locales", () => {
  const us = { locale: "en-US", currency: "USD", t: EN };

  it("words dollars", () => {
    expect(formatCouponValue({ kind: "ABSOLUTE", value: 25, cap: null }, us)).toBe("$25 off");
    expect(formatCouponValue({ kind: "ABSOLUTE", value: 9.99, cap: null }, us)).toBe("$9.99 off");
    expect(formatCouponValue({ kind: "PERCENT", value: 20, cap: 100000 }, us)).toBe(
      "20% off, up to $100,000",
    );
  });

  it("uses each currency's own decimals", () => {
    expect(formatMoney(1000.5, { locale: "en-US", currency: "JPY" })).toBe("¥1,001");
    expect(formatMoney(1000, { locale: "en-IN", currency: "USD" })).toBe("$1,000");
  });
});
