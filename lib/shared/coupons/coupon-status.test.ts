import { EN } from "@/lib/shared/i18n/test-translate";
import { describe, expect, it } from "vitest";
import { EXPIRING_SOON_MS, getCouponStatus, isUsedUp, statusLabel } from "./coupon-status";
import { ER07BCJ8, QZX30JQLIC, makeCoupon } from "./test-coupon";

const at = (iso: string) => new Date(iso);
const ms = (iso: string) => Date.parse(iso);

describe("getCouponStatus with the docs' ER07BCJ8 (validTill 2020-05-18T23:59:59+05:30)", () => {
  const till = ms("2020-05-18T23:59:59+05:30");

  it("is active well before expiry", () => {
    expect(getCouponStatus(ER07BCJ8, at("2020-01-01T12:00:00+05:30"))).toBe("active");
  });

  it("is expiring exactly 48 hours before validTill, active one millisecond earlier", () => {
    expect(EXPIRING_SOON_MS).toBe(172_800_000);
    expect(getCouponStatus(ER07BCJ8, till - EXPIRING_SOON_MS)).toBe("expiring");
    expect(getCouponStatus(ER07BCJ8, at("2020-05-16T23:59:59+05:30"))).toBe("expiring");
    expect(getCouponStatus(ER07BCJ8, till - EXPIRING_SOON_MS - 1)).toBe("active");
  });

  it("is expiring one millisecond before validTill and expired exactly at it", () => {
    expect(getCouponStatus(ER07BCJ8, till - 1)).toBe("expiring");
    expect(getCouponStatus(ER07BCJ8, till)).toBe("expired");
    expect(getCouponStatus(ER07BCJ8, at("2020-05-18T18:29:59Z"))).toBe("expired");
  });

  it("expires at the same instant whatever offset the expiry is written with", () => {
    const inUtc = { ...ER07BCJ8, validTill: "2020-05-18T18:29:59Z" };
    const inLa = { ...ER07BCJ8, validTill: "2020-05-18T11:29:59-07:00" };
    for (const now of [till - 1, till]) {
      expect(getCouponStatus(inUtc, now)).toBe(getCouponStatus(ER07BCJ8, now));
      expect(getCouponStatus(inLa, now)).toBe(getCouponStatus(ER07BCJ8, now));
    }
  });

  it("is active from the instant activeFrom itself (2019-10-31T00:00:00+05:30)", () => {
    const from = ms("2019-10-31T00:00:00+05:30");
    expect(getCouponStatus(ER07BCJ8, from - 1)).toBe("not_yet_active");
    expect(getCouponStatus(ER07BCJ8, from)).toBe("active");
    // 30 Oct 18:30 UTC is already 31 Oct in India: still an instant comparison.
    expect(getCouponStatus(ER07BCJ8, at("2019-10-30T18:30:00Z"))).toBe("active");
  });

  it("is single use: once its one use is gone it is Used, not Active", () => {
    const used = { ...ER07BCJ8, redeemed: true, uses: { kind: "counted", left: 0, of: 1 } as const };
    expect(getCouponStatus(used, at("2020-01-01T00:00:00Z"))).toBe("used");
  });

  it("never counts unlimited uses as used up, even after redemptions", () => {
    const unlimited = { ...ER07BCJ8, redeemed: true, uses: { kind: "unlimited" } as const };
    expect(getCouponStatus(unlimited, at("2020-01-01T00:00:00Z"))).toBe("active");
  });
});

describe("getCouponStatus with the docs' QZX30JQLIC (4 uses left, validTill 2025-05-29T23:59:59Z)", () => {
  it("is active on 25 May and expiring from 27 May 23:59:59Z", () => {
    expect(getCouponStatus(QZX30JQLIC, at("2025-05-25T10:00:00Z"))).toBe("active");
    expect(getCouponStatus(QZX30JQLIC, at("2025-05-27T23:59:58.999Z"))).toBe("active");
    expect(getCouponStatus(QZX30JQLIC, at("2025-05-27T23:59:59Z"))).toBe("expiring");
  });

  it("is not yet active before it was issued (activeFrom 2025-05-21T12:43:01Z)", () => {
    expect(getCouponStatus(QZX30JQLIC, at("2025-05-21T12:43:00Z"))).toBe("not_yet_active");
    expect(getCouponStatus(QZX30JQLIC, at("2025-05-21T12:43:01Z"))).toBe("active");
  });

  it("stays active while redeemed with uses left", () => {
    const usedOnce = { ...QZX30JQLIC, redeemed: true, uses: { kind: "counted", left: 3, of: null } as const };
    expect(getCouponStatus(usedOnce, at("2025-05-25T00:00:00Z"))).toBe("active");
  });
});

describe("used", () => {
  const now = at("2025-05-25T00:00:00Z");

  const left = (n: number) => ({ kind: "counted", left: n, of: null }) as const;

  it("is used with 0 uses left, whatever `redeemed` says", () => {
    expect(getCouponStatus(makeCoupon({ uses: left(0), redeemed: true }), now)).toBe("used");
    expect(getCouponStatus(makeCoupon({ uses: left(0), redeemed: false }), now)).toBe("used");
  });

  it("never calls a coupon used when Capillary does not state its uses", () => {
    expect(getCouponStatus(makeCoupon({ uses: { kind: "unknown" }, redeemed: true }), now)).toBe("active");
    expect(isUsedUp({ kind: "unknown" })).toBe(false);
    expect(isUsedUp({ kind: "unlimited" })).toBe(false);
  });

  it("takes precedence over expiry: fully redeemed then past validTill is used", () => {
    const afterExpiry = at("2025-06-30T00:00:00Z");
    expect(getCouponStatus(makeCoupon({ uses: left(0), redeemed: true }), afterExpiry)).toBe("used");
    expect(getCouponStatus(makeCoupon({ uses: left(2), redeemed: true }), afterExpiry)).toBe("expired");
  });

  it("is not usable before the series' redemption start, whatever activeFrom says", () => {
    const series = {
      ...QZX30JQLIC.series,
      conditions: { ...QZX30JQLIC.series.conditions, redeemableFrom: "2025-05-26T00:00:00Z" },
    };
    expect(getCouponStatus(makeCoupon({ series }), now)).toBe("not_yet_active");
    expect(getCouponStatus(makeCoupon({ series }), at("2025-05-26T00:00:00Z"))).toBe("active");
  });

  it("is not usable until redemptionValidAfterDays have passed since issue", () => {
    const series = {
      ...QZX30JQLIC.series,
      conditions: { ...QZX30JQLIC.series.conditions, redeemableAfterDays: 5 },
    };
    // issued 2025-05-21T12:43:01Z + 5 days
    const coupon = makeCoupon({ series });
    expect(getCouponStatus(coupon, at("2025-05-26T12:43:00Z"))).toBe("not_yet_active");
    expect(getCouponStatus(coupon, at("2025-05-26T12:43:01Z"))).toBe("active");
  });
});

describe("edge cases", () => {
  const now = at("2025-05-25T00:00:00Z");

  it("prefers not_yet_active over expiring when a short-lived coupon has not started", () => {
    const c = makeCoupon({ activeFrom: "2025-05-25T12:00:00Z", validTill: "2025-05-26T00:00:00Z" });
    expect(getCouponStatus(c, now)).toBe("not_yet_active");
    expect(getCouponStatus(c, at("2025-05-25T12:00:00Z"))).toBe("expiring");
  });

  it("treats a missing expiry as never expiring and a missing start as already started", () => {
    const c = makeCoupon({ activeFrom: null, validTill: null });
    expect(getCouponStatus(c, at("2999-01-01T00:00:00Z"))).toBe("active");
  });

  it("ignores wall-clock strings without an offset instead of reading them in the runtime's zone", () => {
    expect(getCouponStatus(makeCoupon({ validTill: "2025-05-24T23:59:59" }), now)).toBe("active");
    expect(getCouponStatus(makeCoupon({ validTill: "not a date" }), now)).toBe("active");
  });

  it("expires an instant with a +1300 offset (Pacific/Auckland summer) at the right moment", () => {
    const series = {
      ...QZX30JQLIC.series,
      conditions: { ...QZX30JQLIC.series.conditions, redeemableFrom: null },
    };
    const c = makeCoupon({ activeFrom: null, series, validTill: "2025-01-01T00:00:00+13:00" });
    expect(getCouponStatus(c, at("2024-12-31T10:59:59.999Z"))).toBe("expiring");
    expect(getCouponStatus(c, at("2024-12-31T11:00:00Z"))).toBe("expired");
  });
});

describe("statusLabel", () => {
  it("words every status", () => {
    expect(statusLabel("active", EN)).toBe("Active");
    expect(statusLabel("expiring", EN)).toBe("Expires soon");
    expect(statusLabel("not_yet_active", EN)).toBe("Not yet active");
    expect(statusLabel("used", EN)).toBe("Used");
    expect(statusLabel("expired", EN)).toBe("Expired");
  });
});
