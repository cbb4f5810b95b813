// v2 coupons, v2 series and v1.1 coupon/get: errors and coupon_code_case behaviour.
import { describe, expect, it } from "vitest";
import { FIXTURE_FILES, loadFixture } from "./data/fixtures";
import { errorCodeFor } from "./data/inventions";
import { type Json, withEmulator } from "./test-helpers";

const h = withEmulator();
const codes = (body: Json) => body.entity.map((c: Json) => [c.code, c.trimmedCode]);

describe("GET /v2/customers/{id}/coupons errors", () => {
  it.each([
    ["abc", 400, "INVALID_CUSTOMER_ID"],
    ["-5", 400, "INVALID_CUSTOMER_ID"],
    ["0", 400, "INVALID_CUSTOMER_ID"],
    ["1.5", 400, "INVALID_CUSTOMER_ID"],
    ["123456", 404, "CUSTOMER_NOT_FOUND"],
    ["920000000", 404, "CUSTOMER_NOT_FOUND"],
    ["500000002", 404, "NO_COUPONS_FOUND"],
    ["98662653", 404, "NO_COUPONS_FOUND"],
  ] as const)("customer %s → %i %s, in the docs' v2 error envelope", async (id, status, name) => {
    const res = await h.authed(`/v2/customers/${id}/coupons`);
    expect(res.status).toBe(status);
    expect(res.body).toStrictEqual({
      errors: [
        { status: false, code: errorCodeFor(name), message: expect.stringMatching(new RegExp(`^${name}: `)) },
      ],
      warnings: [],
    });
  });

  it("a forbidden customer is 403 with errorCode 4000, as the docs describe access denied", async () => {
    const res = await h.authed("/v2/customers/500000099/coupons");
    expect(res.status).toBe(403);
    expect(res.body).toMatchObject({ errorCode: 4000, errors: [{ status: false, code: 4000 }] });
  });

  it("an unknown coupon_code_case is 400", async () => {
    const res = await h.authed("/v2/customers/565032176/coupons?coupon_code_case=TITLE");
    expect(res.status).toBe(400);
    expect(res.body.errors[0].message).toMatch(/^INVALID_COUPON_CODE_CASE: /);
  });
});

describe("coupon_code_case on v2 coupons", () => {
  it("LOWER lower-cases code and trimmedCode; the parameter value is case-insensitive", async () => {
    const res = await h.authed("/v2/customers/565032176/coupons?coupon_code_case=lower");
    expect(codes(res.body)).toStrictEqual([
      ["qzx30jqlic", "qzx30jqlic"],
      ["gijsgiza3p", "gijsgiza3p"],
      ["w9z584ruw6", "w9z584ruw6"],
      ["7bu2joyzzr", "7bu2joyzzr"],
    ]);
  });

  it("the default (UPPER) upper-cases codes stored in lower case; everything else is the fixture", async () => {
    const res = await h.authed("/v2/customers/345635529/coupons");
    const fixture = loadFixture<Json>(FIXTURE_FILES.coupons345635529Lower);
    expect(codes(res.body)[0]).toStrictEqual(["TT6WZP7XNW", "TT6WZP7XNW"]);
    const upper = fixture.entity.map((c: Json) => ({
      ...c,
      code: c.code.toUpperCase(),
      trimmedCode: c.trimmedCode.toUpperCase(),
    }));
    expect(res.body).toStrictEqual({ ...fixture, entity: upper });
    expect((await h.authed("/v2/customers/345635529/coupons?coupon_code_case=Upper")).body).toStrictEqual(
      res.body,
    );
  });

  it("AS_IT_IS returns codes as stored", async () => {
    const lower = await h.authed("/v2/customers/345635529/coupons?coupon_code_case=AS_IT_IS");
    expect(lower.body).toStrictEqual(loadFixture(FIXTURE_FILES.coupons345635529Lower));
    const upper = await h.authed("/v2/customers/343040815/coupons?coupon_code_case=as_it_is");
    expect(upper.body).toStrictEqual(loadFixture(FIXTURE_FILES.coupons343040815));
  });
});

describe("GET /v2/coupon/series", () => {
  it("accepts comma-separated and repeated ids, skips unknown ones with a warning", async () => {
    const res = await h.authed("/v2/coupon/series?ids=14162,999999&ids=910012&ids=14162");
    expect(res.status).toBe(200);
    expect(res.body.entity.map((s: Json) => s.id)).toStrictEqual([14162, 910012]);
    expect(res.body.warnings).toStrictEqual([
      { status: false, code: 8017, message: "Coupon series 999999 not found" },
    ]);
  });

  it("synthesises docs series from the coupons they are embedded in", async () => {
    const coupons = loadFixture<Json>(FIXTURE_FILES.coupons565032176);
    const res = await h.authed("/v2/coupon/series?ids=775657,68579,68377");
    expect(res.body.entity[0]).toStrictEqual(coupons.entity[0].series);
    expect(res.body.entity.map((s: Json) => s.id)).toStrictEqual([775657, 68579, 68377]);
  });

  it("adds customPropertyMap for demo series that have one, and only there", async () => {
    const res = await h.authed("/v2/coupon/series?ids=910012,910001");
    const [custom, plain] = res.body.entity;
    expect(Object.keys(custom)[0]).toBe("customPropertyMap");
    expect(custom.customPropertyMap.standard_terms_and_conditions).toContain("₹3,000");
    expect(custom).not.toHaveProperty("termsAndConditions");
    expect(plain).not.toHaveProperty("customPropertyMap");
    const coupons = await h.authed("/v2/customers/500000001/coupons");
    const embedded = coupons.body.entity.find((c: Json) => c.seriesId === 910012).series;
    expect(embedded).not.toHaveProperty("customPropertyMap");
    // The series endpoint adds what the docs show only there: customPropertyMap and redemptionValidAfterDays.
    expect({
      customPropertyMap: custom.customPropertyMap,
      ...embedded,
      redemptionValidAfterDays: 0,
    }).toStrictEqual(custom);
  });

  it.each(["", "?ids=", "?ids=abc", "?ids=1,x"])("rejects %s with 400", async (q) => {
    const res = await h.authed(`/v2/coupon/series${q}`);
    expect(res.status).toBe(400);
    expect(res.body.errors[0]).toMatchObject({ status: false, code: errorCodeFor("INVALID_SERIES_ID") });
  });
});

describe("GET /v1.1/coupon/get", () => {
  it("answers 705 for codes of other customers when issuedToIds is given", async () => {
    const res = await h.authed("/v1.1/coupon/get?issuedToIds=500000001&code=WL2ZBJZK,WELCOME250");
    const [other, own] = res.body.response.coupons.coupon;
    expect(other).toStrictEqual({
      id: -1,
      code: "WL2ZBJZK",
      is_absolute: false,
      value: null,
      discount_upto: null,
      pincode: "NULL",
      item_status: {
        success: "false",
        code: 705,
        message: "Both coupon code and validation code are invalid",
      },
    });
    expect(own.id).toBe("700000101");
    expect(res.body.response.status).toStrictEqual({
      success: "true",
      status: "true",
      code: 200,
      message: "Success",
    });
  });

  it("finds any customer's code without issuedToIds, matching without regard to case", async () => {
    const upper = await h.authed("/v1.1/coupon/get?code=ER07BCJ8,er07bcj8,TT6WZP7XNW");
    expect(upper.body.response.coupons.coupon.map((c: Json) => [c.code, c.item_status.code])).toStrictEqual([
      ["ER07BCJ8", 700],
      ["ER07BCJ8", 700],
      ["TT6WZP7XNW", 700],
    ]);
    const asIs = await h.authed(
      "/v1.1/coupon/get?code=tt6wzp7xnw,TT6WZP7XNW,ER07BCJ8&coupon_code_case=AS_IT_IS",
    );
    expect(asIs.body.response.coupons.coupon.map((c: Json) => [c.code, c.item_status.code])).toStrictEqual([
      ["tt6wzp7xnw", 700],
      ["tt6wzp7xnw", 700],
      ["ER07BCJ8", 700],
    ]);
  });

  it("answers HTTP 500 with every item's 705 when no code is known (v1.1: 500 = all failed)", async () => {
    const res = await h.authed("/v1.1/coupon/get?code=NOPE1,NOPE2");
    expect(res.status).toBe(500);
    expect(res.body.response.status).toMatchObject({ success: "false", code: 500 });
    expect(res.body.response.coupons.coupon.map((c: Json) => [c.code, c.item_status.code])).toStrictEqual([
      ["NOPE1", 705],
      ["NOPE2", 705],
    ]);
  });

  it("translates v2 coupons into v1.1's conventions", async () => {
    const res = await h.authed("/v1.1/coupon/get?code=ER07BCJ8");
    const [item] = res.body.response.coupons.coupon;
    expect(item).toMatchObject({
      id: "33267197",
      code: "ER07BCJ8",
      valid_till: "18-05-2020",
      issued_on: "2019-10-31 17:15:02",
      valid_from: "2019-10-31 00:00:00",
      series_id: 14162,
      is_absolute: false,
      value: 10,
      discount_upto: 0,
      customer: { id: "343040815" },
      issued_store: { code: "storecode", name: "webstore1" },
      item_status: { success: "true", code: 700 },
    });
  });

  it("400 for a request without code, a bad issuedToIds or a bad coupon_code_case", async () => {
    for (const q of ["", "?code=", "?code=A&issuedToIds=x", "?code=A&coupon_code_case=nope"]) {
      const res = await h.authed(`/v1.1/coupon/get${q}`);
      expect(res.status).toBe(400);
      expect(res.body.response.status).toMatchObject({ success: "false", code: 400 });
    }
  });
});
