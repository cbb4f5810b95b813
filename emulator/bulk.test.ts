import { describe, expect, it } from "vitest";
import { bulkCode, bulkCoupons, decodeBulkCode } from "./data/bulk";
import { findCustomer } from "./data/catalog";
import { type Json, TEST_START, withEmulator } from "./test-helpers";

const h = withEmulator();

describe("bulk generator", () => {
  it("gives customer 900000000+N exactly N coupons, deterministically", () => {
    const a = bulkCoupons(1000, TEST_START);
    const b = bulkCoupons(1000, new Date(TEST_START));
    expect(a).toHaveLength(1000);
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    // Rebuilding from scratch (a different minute bypasses the cache) gives the same coupons.
    const later = new Date(TEST_START.getTime() + 60_000);
    const c = bulkCoupons(1000, later);
    expect(c.map((x) => [x.id, x.code, x.seriesId, x.redemptionsLeft])).toStrictEqual(
      a.map((x) => [x.id, x.code, x.seriesId, x.redemptionsLeft]),
    );
  });

  it("uses ~10 series and a mix of statuses, with unique codes", () => {
    const now = TEST_START.getTime();
    const list = bulkCoupons(2000, TEST_START);
    expect(new Set(list.map((c) => c.seriesId)).size).toBe(10);
    expect(new Set(list.map((c) => c.code)).size).toBe(2000);
    const status = (c: Json) =>
      c.redeemed
        ? "redeemed"
        : new Date(c.validTill).getTime() <= now
          ? "expired"
          : new Date(c.activeFrom).getTime() > now
            ? "future"
            : c.redemptionInfo.length > 0
              ? "partial"
              : "active";
    const counts = new Map<string, number>();
    for (const c of list) counts.set(status(c), (counts.get(status(c)) ?? 0) + 1);
    for (const kind of ["redeemed", "expired", "future", "partial", "active"])
      expect(counts.get(kind) ?? 0).toBeGreaterThan(50);
    for (const c of list) {
      const limit = c.series.redemptionPerCouponMaxLimit as number;
      if (limit === -1) expect(c.redemptionsLeft).toBe(-1);
      else expect(c.redemptionsLeft).toBeLessThanOrEqual(limit);
    }
  });

  it("builds 5,000 coupons quickly", () => {
    const start = performance.now();
    bulkCoupons(5000, new Date(TEST_START.getTime() + 7 * 60_000));
    expect(performance.now() - start).toBeLessThan(250);
  });

  it("encodes (N, index) in the code and decodes it back", () => {
    expect(bulkCode(1000, 0)).toMatch(/^BK[0-9A-Z]{8}$/);
    expect(decodeBulkCode(bulkCode(20000, 19999))).toStrictEqual({ n: 20000, index: 19999 });
    expect(decodeBulkCode(bulkCode(5, 5))).toBeNull();
    expect(decodeBulkCode("WELCOME250")).toBeNull();
  });
});

describe("bulk customers over HTTP", () => {
  it("serves the list and finds its codes through v1.1", async () => {
    h.clock.set(TEST_START);
    const res = await h.authed("/v2/customers/900000300/coupons");
    expect(res.status).toBe(200);
    expect(res.body.entity).toHaveLength(300);
    const code = res.body.entity[17].code;
    const one = await h.authed(`/v1.1/coupon/get?issuedToIds=900000300&code=${code},${code.toLowerCase()}`);
    const [found, otherCase] = one.body.response.coupons.coupon;
    expect(found).toMatchObject({ id: String(res.body.entity[17].id), code, customer: { id: "900000300" } });
    // The query is not case sensitive; the answer writes the code as coupon_code_case says (UPPER).
    expect(otherCase).toStrictEqual(found);
    const lower = await h.authed("/v2/customers/900000300/coupons?coupon_code_case=LOWER");
    expect(lower.body.entity[17].code).toBe(code.toLowerCase());
    // The cached list keeps its stored codes.
    expect((await h.authed("/v2/customers/900000300/coupons")).body.entity[17].code).toBe(code);
  });

  it("has no customer beyond N = 20000", async () => {
    expect(findCustomer(900020000)?.profile.mobile).toBe("918000020000");
    expect((await h.authed("/v2/customers/900020001/coupons")).status).toBe(404);
  });
});
