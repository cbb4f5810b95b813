// is_redeemable, redeem, reactivate and the paginated list: a redemption shows up in every later answer
// until it is undone, and refusals carry the docs' 7xx codes.
import { beforeEach, describe, expect, it } from "vitest";
import { type Json, TEST_START, withEmulator } from "./test-helpers";

const h = withEmulator();
const ASHA = 500000001;

async function post(path: string, body: unknown, headers: Record<string, string> = {}) {
  return h.post(path, body, { "X-CAP-API-OAUTH-TOKEN": await h.token(), ...headers });
}
const redeemBody = (codes: string[], bill = "BILL-T1", billAmount = "1500") => ({
  redemptionRequestList: codes.map((code) => ({ code })),
  user: { id: ASHA },
  transactionNumber: bill,
  billAmount,
});
const couponOf = async (code: string) =>
  (await h.authed(`/v2/customers/${ASHA}/coupons`)).body.entity.find((c: Json) => c.code === code);
const listOf = async (query = "") =>
  (await h.authed(`/v2/customers/coupons?id=${ASHA}${query}`)).body.entity.customers[0].coupons as Json[];

beforeEach(async () => {
  h.clock.set(TEST_START);
  await h.post("/__emulator/reset", {});
});

describe("is_redeemable", () => {
  it("says yes in the docs' shape, and no with a 7xx code", async () => {
    const res = await h.authed(
      `/v2/coupon/is_redeemable?id=${ASHA}&code=WELCOME250,gone3days,USED2XDONE,NOPE&details=true`,
    );
    expect(res.status).toBe(200);
    const [ok, expired, used, unknown] = res.body.redemption;
    expect(ok).toMatchObject({
      code: "WELCOME250",
      isRedeemable: true,
      redemptionsLeft: 1,
      appendedErrorMessage: "",
    });
    expect(expired).toMatchObject({ isRedeemable: false, redemptionStatus: { code: 713 } });
    expect(used).toMatchObject({ isRedeemable: false, redemptionStatus: { code: 728 } });
    expect(unknown).toMatchObject({ isRedeemable: false, redemptionStatus: { code: 703 } });
    expect(res.body.redemptionStatus).toMatchObject({ status: false, code: 713 });
  });

  it("checks the store a call is attributed to", async () => {
    const at = async (place: string) =>
      (
        await h.get(`/v2/coupon/is_redeemable?id=${ASHA}&code=STORE2ONLY`, {
          "X-CAP-API-OAUTH-TOKEN": await h.token(),
          "X-CAP-API-ATTRIBUTION-ENTITY-TYPE": "TILL",
          "X-CAP-API-ATTRIBUTION-ENTITY-CODE": place,
        })
      ).body.redemption[0];
    expect((await at("blr-indiranagar.till1")).isRedeemable).toBe(true);
    expect(await at("del-saket.till1")).toMatchObject({
      isRedeemable: false,
      redemptionStatus: { code: 735 },
    });
  });
});

describe("redeem and reactivate", () => {
  it("a redemption shows in the v2 coupons, the list and v1.1 until it is reactivated", async () => {
    const res = await post("/v2/coupon/redeem", redeemBody(["COFFEE3X01"]));
    expect(res.status).toBe(200);
    expect(res.body.redemption[0]).toMatchObject({
      id: 700000105,
      code: "COFFEE3X01",
      redemptionStatus: { code: 700 },
    });
    expect(res.body.redemption[0]).not.toHaveProperty("redemptionId");

    const coffee = await couponOf("COFFEE3X01");
    expect(coffee.redemptionsLeft).toBe(1);
    expect(coffee.redemptionInfo.map((r: Json) => r.transactionNumber)).toEqual(["BILL-3310", "BILL-T1"]);
    const listed = (await listOf()).find((c) => c.code === "COFFEE3X01");
    const redemption = listed.redemptions.find((r: Json) => r.transactionNumber === "BILL-T1");
    expect(redemption.id).toEqual(expect.any(Number));
    const v1 = (await h.authed("/v1.1/coupon/get?code=COFFEE3X01")).body.response.coupons.coupon[0];
    expect(v1.redemption_info.transaction.bill_number).toBe("BILL-T1");

    expect((await post("/v2/coupon/reactivate", { redemptionIds: [redemption.id] })).body).toEqual({
      warnings: [],
      errors: [],
      success: true,
    });
    expect((await couponOf("COFFEE3X01")).redemptionsLeft).toBe(2);
    const reversed = (await listOf("&include_reversed_redemptions=true")).find(
      (c) => c.code === "COFFEE3X01",
    );
    expect(reversed.redemptions.map((r: Json) => r.transactionNumber)).toEqual(["BILL-3310"]);
    expect(reversed.reversedRedemptions).toHaveLength(1);
    expect(
      (await post("/v2/coupon/reactivate", { redemptionIds: [redemption.id] })).body.errors[0].code,
    ).toBe(510);
  });

  it("a single-use coupon sent as -1 stays -1 and is refused a second time as already used", async () => {
    expect((await post("/v2/coupon/redeem", redeemBody(["ONEUSE5OFF"]))).body.redemptionStatus.code).toBe(
      700,
    );
    const after = await couponOf("ONEUSE5OFF");
    expect(after).toMatchObject({ redemptionsLeft: -1, redeemed: true });
    expect(
      (await post("/v2/coupon/redeem", redeemBody(["ONEUSE5OFF"], "BILL-T2"))).body.redemption[0],
    ).toMatchObject({
      redemptionStatus: { code: 711 },
    });
  });

  it("refuses a bill below the minimum, and a batch with one bad code redeems none", async () => {
    expect(
      (await post("/v2/coupon/redeem", redeemBody(["WELCOME250"], "B", "999"))).body.redemption[0],
    ).toMatchObject({
      redemptionStatus: { code: 733 },
    });
    const batch = await post("/v2/coupon/redeem", redeemBody(["FEST15PCT", "GONE3DAYS"]));
    expect(batch.body.redemption.map((r: Json) => r.redemptionStatus.code)).toEqual([749, 713]);
    expect((await couponOf("FEST15PCT")).redemptionInfo).toEqual([]);
  });

  it("refuses malformed input with 629", async () => {
    expect(
      (await post("/v2/coupon/redeem", { ...redeemBody(["X"]), billAmount: "lots" })).body.errors[0].code,
    ).toBe(629);
    expect((await post("/v2/coupon/reactivate", { redemptionIds: [] })).body.errors[0].code).toBe(661);
  });
});

describe("the paginated list", () => {
  it("pages with string pagination, and filters by status", async () => {
    const page = (await h.authed(`/v2/customers/coupons?id=${ASHA}&limit=5&offset=5`)).body.entity;
    expect(page.pagination).toEqual({ limit: "5", offset: "5", total: 17 });
    expect(page.customers[0].coupons).toHaveLength(5);
    const expired = await listOf("&status=EXPIRED");
    expect(expired.map((c) => c.code)).toEqual(["GONE3DAYS"]);
    const first = (await listOf())[0];
    expect(first.validTill).toMatch(/T00:00:00\+05:30$/);
    expect(first.validTillDateTime).toMatch(/T23:59:59\+05:30$/);
    expect((await h.authed("/v2/customers/coupons?id=1")).status).toBe(400);
  });
});
