import { describe, expect, it } from "vitest";
import type { Coupon } from "@/lib/capillary";
import { foldForSearch, groupWallet, searchCoupons } from "./wallet-view";
import { ER07BCJ8, QZX30JQLIC, makeCoupon } from "./test-coupon";

const NOW = new Date("2025-05-25T12:00:00Z");
const codes = (coupons: Coupon[]) => coupons.map((c) => c.code);
const redemption = (redeemedAt: string | null) => ({
  id: null,
  redeemedAt,
  store: null,
  till: null,
  billNumber: null,
  redeemedBy: null,
});

describe("groupWallet", () => {
  it("puts the docs' coupons in their tabs on 25 May 2025", () => {
    const view = groupWallet([ER07BCJ8, QZX30JQLIC], NOW);
    expect(codes(view.active)).toEqual(["QZX30JQLIC"]);
    expect(codes(view.expired)).toEqual(["ER07BCJ8"]);
    expect(view.used).toEqual([]);
    expect(view.counts).toEqual({ active: 1, used: 0, expired: 1, expiring: 0, notYetActive: 0, total: 2 });
  });

  it("sorts Active by soonest expiry, no expiry last, and not-yet-active after the usable ones", () => {
    const coupons = [
      makeCoupon({ code: "NOEXPIRY", validTill: null }),
      makeCoupon({ code: "LATER", activeFrom: "2025-06-01T00:00:00Z", validTill: "2025-06-02T00:00:00Z" }),
      makeCoupon({ code: "JUNE", validTill: "2025-06-30T00:00:00+05:30" }),
      makeCoupon({ code: "SOON", activeFrom: "2025-05-26T00:00:00Z", validTill: "2025-12-31T00:00:00Z" }),
      makeCoupon({ code: "TOMORROW", validTill: "2025-05-26T12:00:00Z" }),
      makeCoupon({ code: "MAY", validTill: "2025-05-29T23:59:59Z" }),
    ];
    const view = groupWallet(coupons, NOW);
    expect(codes(view.active)).toEqual(["TOMORROW", "MAY", "JUNE", "NOEXPIRY", "SOON", "LATER"]);
    expect(view.counts).toMatchObject({ active: 6, expiring: 1, notYetActive: 2 });
  });

  it("compares expiries as instants, not as strings with different offsets", () => {
    const coupons = [
      makeCoupon({ code: "UTC", validTill: "2025-06-01T00:00:00Z" }), // 05:30 IST on 1 June
      makeCoupon({ code: "IST", validTill: "2025-06-01T02:00:00+05:30" }), // 20:30 UTC on 31 May
    ];
    expect(codes(groupWallet(coupons, NOW).active)).toEqual(["IST", "UTC"]);
  });

  it("sorts Used by most recent redemption, then by validTill, then the rest", () => {
    const used = { uses: { kind: "counted", left: 0, of: 1 }, redeemed: true } as const;
    const coupons = [
      makeCoupon({ ...used, code: "NOTHING", validTill: null }),
      makeCoupon({ ...used, code: "TILL-JUNE", validTill: "2025-06-30T00:00:00Z" }),
      makeCoupon({ ...used, code: "APRIL", redemptions: [redemption("2025-04-01T10:00:00+05:30")] }),
      makeCoupon({
        ...used,
        code: "MAY",
        redemptions: [
          redemption("2025-03-01T10:00:00Z"),
          redemption("2025-05-20T10:00:00Z"),
          redemption(null),
        ],
      }),
      makeCoupon({ ...used, code: "TILL-MAY", validTill: "2025-05-01T00:00:00Z" }),
    ];
    const view = groupWallet(coupons, NOW);
    expect(codes(view.used)).toEqual(["MAY", "APRIL", "TILL-JUNE", "TILL-MAY", "NOTHING"]);
    expect(view.counts.used).toBe(5);
  });

  it("sorts Expired by most recently expired first", () => {
    const coupons = [
      makeCoupon({ code: "LONG-AGO", validTill: "2024-01-01T00:00:00Z" }),
      makeCoupon({ code: "YESTERDAY", validTill: "2025-05-24T12:00:00Z" }),
      makeCoupon({ code: "JUST-NOW", validTill: "2025-05-25T12:00:00Z" }),
      ER07BCJ8,
    ];
    expect(codes(groupWallet(coupons, NOW).expired)).toEqual([
      "JUST-NOW",
      "YESTERDAY",
      "LONG-AGO",
      "ER07BCJ8",
    ]);
  });

  it("does not mutate its input and breaks ties by code", () => {
    const coupons = [makeCoupon({ code: "B" }), makeCoupon({ code: "A" })];
    const before = [...coupons];
    expect(codes(groupWallet(coupons, NOW).active)).toEqual(["A", "B"]);
    expect(coupons).toEqual(before);
  });

  it("groups and searches 5,000 coupons correctly", () => {
    const statuses = ["active", "used", "expired", "not_yet_active"] as const;
    const coupons = Array.from({ length: 5000 }, (_, i) => {
      const kind = statuses[i % 4]!;
      const day = 1 + (i % 28);
      return makeCoupon({
        code: `BULK${String(i).padStart(5, "0")}`,
        title: i % 10 === 0 ? "Café offer" : "Weekend sale",
        uses: { kind: "counted", left: kind === "used" ? 0 : 3, of: null },
        activeFrom: kind === "not_yet_active" ? "2025-06-01T00:00:00Z" : "2025-01-01T00:00:00Z",
        validTill:
          kind === "expired"
            ? `2025-04-${String(day).padStart(2, "0")}T00:00:00Z`
            : `2025-07-${String(day).padStart(2, "0")}T00:00:00Z`,
      });
    });
    const view = groupWallet(coupons, NOW);
    expect(view.counts).toMatchObject({
      active: 2500,
      used: 1250,
      expired: 1250,
      notYetActive: 1250,
      total: 5000,
    });
    const usable = view.active.slice(0, 1250);
    for (let i = 1; i < usable.length; i++) {
      expect(Date.parse(usable[i - 1]!.validTill!)).toBeLessThanOrEqual(Date.parse(usable[i]!.validTill!));
    }
    for (let i = 1; i < view.expired.length; i++) {
      expect(Date.parse(view.expired[i - 1]!.validTill!)).toBeGreaterThanOrEqual(
        Date.parse(view.expired[i]!.validTill!),
      );
    }
    expect(searchCoupons(coupons, "cafe")).toHaveLength(500);
    expect(codes(searchCoupons(coupons, "bulk04999"))).toEqual(["BULK04999"]);
  });
});

describe("searchCoupons", () => {
  const coupons = [
    ER07BCJ8,
    QZX30JQLIC,
    makeCoupon({ code: "CAFE10", title: "Café Crème", description: "Ten percent off at the café" }),
    makeCoupon({ code: "ZZ1", title: "Winter", description: "Ｆｕｌｌｗｉｄｔｈ deal" }),
  ];

  it("returns everything for a blank query", () => {
    expect(searchCoupons(coupons, "")).toHaveLength(4);
    expect(searchCoupons(coupons, "   ")).toHaveLength(4);
    expect(searchCoupons(coupons, "")).not.toBe(coupons);
  });

  it("matches code and title case-insensitively, trimmed", () => {
    expect(codes(searchCoupons(coupons, "  er07bcj8 "))).toEqual(["ER07BCJ8"]);
    expect(codes(searchCoupons(coupons, "jql"))).toEqual(["QZX30JQLIC"]);
    expect(codes(searchCoupons(coupons, "mobile push"))).toEqual(["ER07BCJ8"]);
    expect(codes(searchCoupons(coupons, "push mobile"))).toEqual(["ER07BCJ8"]);
  });

  it("finds a code typed as grouped for reading", () => {
    expect(codes(searchCoupons(coupons, "QZX3 0JQL IC"))).toEqual(["QZX30JQLIC"]);
    expect(codes(searchCoupons(coupons, "er07-bcj8"))).toEqual(["ER07BCJ8"]);
  });

  it("ignores diacritics and compatibility forms, and searches descriptions", () => {
    expect(codes(searchCoupons(coupons, "creme"))).toEqual(["CAFE10"]);
    expect(codes(searchCoupons(coupons, "CAFÉ"))).toEqual(["CAFE10"]);
    expect(codes(searchCoupons(coupons, "ten percent"))).toEqual(["CAFE10"]);
    expect(codes(searchCoupons(coupons, "fullwidth"))).toEqual(["ZZ1"]);
    expect(foldForSearch("Ｃａｆé")).toBe("cafe");
  });

  it("finds nothing for an unknown word", () => {
    expect(searchCoupons(coupons, "pizza")).toEqual([]);
  });
});
