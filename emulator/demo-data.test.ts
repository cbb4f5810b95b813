// The hand-made demo customers cover every case the wallet must show, relative to the emulator clock.
import { describe, expect, it } from "vitest";
import { type Json, TEST_START, withEmulator } from "./test-helpers";
import { DAY_MS, HOUR_MS } from "./time";

const h = withEmulator();
const ashaCoupons = async () => (await h.authed("/v2/customers/500000001/coupons")).body.entity as Json[];
const byCode = (list: Json[], code: string) => list.find((c) => c.code === code);
const at = (iso: string) => new Date(iso).getTime();

describe("Asha Rao (500000001)", () => {
  it("has 17 coupons with unique upper-case 8-10 character codes, expiring at 23:59:59 like Capillary's", async () => {
    h.clock.set(TEST_START);
    const list = await ashaCoupons();
    expect(list).toHaveLength(17);
    expect(new Set(list.map((c) => c.code)).size).toBe(17);
    // ONEUSE5OFF and ONEUSEDONE share a series; every other coupon has its own.
    expect(new Set(list.map((c) => c.seriesId)).size).toBe(16);
    for (const c of list) {
      expect(c.code).toMatch(/^[A-Z0-9]{8,10}$/);
      expect(c.trimmedCode).toBe(c.code);
      expect(c.series.id).toBe(c.seriesId);
      expect(c.validTill).toMatch(/^\d{4}-\d\d-\d\dT23:59:59\+05:30$/);
      expect(c.issuedTo).toBe(500000001);
      expect(c.discountType).toBe(c.couponDiscountType === "ABS");
    }
  });

  it("covers every case relative to now", async () => {
    const now = TEST_START.getTime();
    h.clock.set(TEST_START);
    const list = await ashaCoupons();
    const active = (c: Json) => at(c.activeFrom) <= now && at(c.validTill) > now;

    const flat = byCode(list, "WELCOME250");
    expect(flat).toMatchObject({
      couponDiscountType: "ABS",
      discountValue: 250,
      series: { minBillAmount: 1000 },
    });
    expect(active(flat)).toBe(true);
    expect((at(flat.validTill) - now) / DAY_MS).toBeGreaterThan(19);
    expect((at(flat.validTill) - now) / DAY_MS).toBeLessThan(21);

    expect(byCode(list, "FEST15PCT")).toMatchObject({
      couponDiscountType: "PERC",
      discountValue: 15,
      discountUpto: 500,
    });

    const soon = byCode(list, "LASTCALL99");
    expect(active(soon)).toBe(true);
    expect(at(soon.validTill) - now).toBeLessThanOrEqual(48 * HOUR_MS);

    const used = byCode(list, "USED2XDONE");
    expect(used).toMatchObject({
      redeemed: true,
      isRedeemed: true,
      redemptionsLeft: 0,
      series: { redemptionPerCouponMaxLimit: 2 },
    });
    expect(used.redemptionInfo).toHaveLength(2);
    expect(used.redemptionInfo[0]).toStrictEqual({
      redemptionId: 880000201,
      redemptionDate: expect.stringMatching(/\+05:30$/),
      transactionNumber: "BILL-1042",
      billAmount: 1840,
      redeemedAtStore: { id: 103, code: "mum-bandra", name: "Bandra West, Mumbai" },
      redeemedAtTill: { id: 1031, code: "mum-bandra.till1", name: "Bandra West, Mumbai till 1" },
    });
    for (const r of used.redemptionInfo) expect(at(r.redemptionDate)).toBeLessThan(now);

    const partial = byCode(list, "COFFEE3X01");
    expect(partial).toMatchObject({
      redeemed: false,
      redemptionsLeft: 2,
      series: { redemptionPerCouponMaxLimit: 3 },
    });
    expect(partial.redemptionInfo).toHaveLength(1);

    const future = byCode(list, "SOONACTV5D");
    expect(at(future.activeFrom)).toBeGreaterThan(now + 4 * DAY_MS);

    expect(at(byCode(list, "GONE3DAYS").validTill)).toBeLessThan(now - 2 * DAY_MS);

    const unlimited = byCode(list, "UNLIMIT10");
    expect(unlimited).toMatchObject({ redemptionsLeft: -1, series: { redemptionPerCouponMaxLimit: -1 } });

    const brunch = JSON.parse(byCode(list, "BRUNCHWKND").series.redemptionRange);
    expect(brunch).toStrictEqual({ dom: ["-1"], dow: ["1", "7"], hours: ["10", "11", "12", "13"] });

    const stores = byCode(list, "STORE2ONLY").series;
    expect([stores.redeemAtStore, stores.storeIdsJson]).toStrictEqual(["[101,103]", "[101,103]"]);
    expect(stores.validRedemptionOrgEntityDetails.stores.map((s: Json) => s.name)).toStrictEqual([
      "Indiranagar, Bengaluru",
      "Bandra West, Mumbai",
    ]);

    // Single use sent as -1, before and after its one redemption.
    expect(byCode(list, "ONEUSE5OFF")).toMatchObject({
      redemptionsLeft: -1,
      redeemed: false,
      series: { isMultipleUseAllowed: false },
    });
    const usedOnce = byCode(list, "ONEUSEDONE");
    expect(usedOnce).toMatchObject({
      redemptionsLeft: -1,
      redeemed: true,
      series: { isMultipleUseAllowed: false },
    });
    expect(usedOnce.redemptionInfo).toHaveLength(1);

    expect(byCode(list, "PINNEEDED1").series).toMatchObject({
      isValidationRequired: true,
      showPinCode: true,
    });
    const half = byCode(list, "WAIT3DAYS1");
    expect([half.discountValue, half.discountValueAsDouble]).toStrictEqual([12, 12.5]);

    const terms = byCode(list, "LONGTERMS1").series.termsAndConditions;
    expect(terms.split("\n\n").length).toBeGreaterThanOrEqual(4);

    expect(byCode(list, "CPMTERMS01").series).not.toHaveProperty("termsAndConditions");
    expect(byCode(list, "SALEITEMOK").series.isValidWithDiscountedItem).toBe(true);
    expect(list.filter((c) => c.series.isValidWithDiscountedItem)).toHaveLength(1);
  });

  it("moves its dates with the clock", async () => {
    h.clock.set(TEST_START);
    const before = byCode(await ashaCoupons(), "WELCOME250");
    h.clock.set(new Date(TEST_START.getTime() + 30 * DAY_MS));
    const after = byCode(await ashaCoupons(), "WELCOME250");
    expect(at(after.validTill) - at(before.validTill)).toBe(30 * DAY_MS);
    expect(at(after.issuedOn) - at(before.issuedOn)).toBe(30 * DAY_MS);
    h.clock.set(TEST_START);
  });

  it("has the same coupons in v1.1, in v1.1's conventions", async () => {
    h.clock.set(TEST_START);
    const res = await h.authed(
      "/v1.1/coupon/get?issuedToIds=500000001&code=USED2XDONE,WELCOME250,CPMTERMS01",
    );
    const [used, flat, custom] = res.body.response.coupons.coupon;
    expect(used.redemption_info).toStrictEqual({
      redeemed: "true",
      id: 880000202,
      redeemed_on: expect.stringMatching(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/),
      redeemed_at: "blr-indiranagar.till1",
      redeemed_by: {
        firstname: "Asha",
        lastname: "Rao",
        email: "asha.rao@example.com",
        mobile: "919000000001",
      },
      store: { code: "blr-indiranagar", name: "Indiranagar, Bengaluru" },
      transaction: { id: null, bill_number: "BILL-2177" },
    });
    expect(flat).toMatchObject({
      id: "700000101",
      valid_till: expect.stringMatching(/^\d\d-\d\d-\d{4}$/),
      is_absolute: true,
      value: 250,
    });
    expect(flat).not.toHaveProperty("redemption_info");
    expect(flat.customer).toStrictEqual({
      id: "500000001",
      name: "Asha Rao",
      mobile: "919000000001",
      email: "asha.rao@example.com",
      external_id: "ASHA001",
    });
    expect(custom.custom_properties.custom_property[0].name).toBe("standard_terms_and_conditions");
  });
});

describe("the other demo customers", () => {
  it("Ben Empty exists but has no coupons", async () => {
    expect((await h.authed("/v2/customers/500000002")).status).toBe(200);
    expect((await h.authed("/v2/customers/500000002/coupons")).body.errors[0].message).toMatch(
      /^NO_COUPONS_FOUND: /,
    );
  });

  it("Chitra Markup's coupon carries markup in description and T&C", async () => {
    const [coupon] = (await h.authed("/v2/customers/500000003/coupons")).body.entity;
    expect(coupon.description).toContain("<script>");
    expect(coupon.series.description).toContain('onerror="window.__pwned=1"');
    expect(coupon.series.termsAndConditions).toContain("<script>");
    const series = (await h.authed(`/v2/coupon/series?ids=${coupon.seriesId}`)).body.entity[0];
    expect(series.customPropertyMap.standard_terms_and_conditions).toContain("javascript:");
  });

  it("500000099's coupons are forbidden but the profile is readable", async () => {
    expect((await h.authed("/v2/customers/500000099/coupons")).status).toBe(403);
    expect((await h.authed("/v2/customers/500000099")).status).toBe(200);
  });
});
