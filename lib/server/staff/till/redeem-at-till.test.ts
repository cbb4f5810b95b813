import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Coupon, CouponPage, Redeemability, RedeemOutcome, SeriesSummary } from "@/lib/capillary";
import { CapillaryError } from "@/lib/capillary";
import type { StaffSession } from "@/lib/server/auth/session";
import { makeCoupon, NO_CONDITIONS } from "@/lib/shared/coupons/test-coupon";

const upstream = vi.hoisted(() => ({
  listCustomerCoupons: vi.fn<(id: string) => Promise<Coupon[]>>(),
  getCouponSeries: vi.fn<(ids: readonly string[]) => Promise<Map<string, SeriesSummary>>>(),
  checkRedeemable:
    vi.fn<(input: { customerId: string; codes: readonly string[] }) => Promise<Redeemability[]>>(),
  redeem: vi.fn<(input: unknown) => Promise<RedeemOutcome[]>>(),
  listCouponPage: vi.fn<(query: unknown) => Promise<CouponPage>>(),
  reactivate: vi.fn<(ids: readonly string[]) => Promise<void>>(),
}));
vi.mock("@/lib/capillary", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/capillary")>()),
  getCapillary: () => upstream,
}));

const { redeemAtTill } = await import("./redeem-at-till");
const { undoRedemption } = await import("./undo-redemption");

const ANN: StaffSession = { staffUser: "ann", staffRole: "redeem", sid: "s-ann" };
const BOB: StaffSession = { staffUser: "bob", staffRole: "redeem", sid: "s-bob" };
const MIA: StaffSession = { staffUser: "mia", staffRole: "manager", sid: "s-mia" };
const PLACE = { attribution: { type: "TILL" as const, code: "blr.till1" }, label: "Till 1" };

let n = 0;
let coupon: Coupon;
const attempt = (overrides: Record<string, string> = {}) => ({
  customerId: "500000001",
  code: coupon.code.toLowerCase(),
  billNumber: `B-${n}`,
  billAmount: "1500",
  attemptId: `attempt-${n}-0123456789`,
  ...overrides,
});
const yes = (code: string): Redeemability[] => [
  { code, redeemable: true, resultCode: 700, message: null, usesLeft: 3, usedByCustomer: 0 },
];
const pageWith = (redemptions: Coupon["redemptions"]): CouponPage => ({
  coupons: [
    {
      ...coupon,
      redemptions,
      reportedUses: { redemptionsLeft: 2, redemptionCount: 1 },
      reversedRedemptions: [],
      issuingTransaction: null,
    } as never,
  ],
  total: 1,
  offset: 0,
  limit: 100,
});
const redemptionOn = (bill: string, id = "9001") => ({
  id,
  redeemedAt: new Date().toISOString(),
  store: null,
  till: null,
  billNumber: bill,
  redeemedBy: null,
});

beforeEach(() => {
  n += 1;
  const base = makeCoupon();
  coupon = {
    ...base,
    validTill: "2099-12-31T23:59:59Z",
    activeFrom: "2020-01-01T00:00:00Z",
    issuedOn: "2020-01-01T00:00:00Z",
    uses: { kind: "counted", left: 3, of: 4 },
    series: { ...base.series, id: `series-${n}`, conditions: { ...NO_CONDITIONS, minBillAmount: 1000 } },
    seriesId: `series-${n}`,
  };
  for (const fn of Object.values(upstream)) fn.mockReset();
  upstream.listCustomerCoupons.mockImplementation(async () => [coupon]);
  upstream.getCouponSeries.mockImplementation(async () => new Map([[coupon.seriesId, coupon.series]]));
  upstream.checkRedeemable.mockImplementation(async ({ codes }) => yes(codes[0]!));
  upstream.redeem.mockImplementation(async () => [
    { code: coupon.code, redeemed: true, resultCode: 700, message: null, redemptionId: null },
  ]);
  upstream.listCouponPage.mockImplementation(async () => pageWith([redemptionOn(`B-${n}`)]));
  upstream.reactivate.mockResolvedValue(undefined);
});

describe("redeemAtTill", () => {
  it("redeems once, however often the same attempt arrives, and says the first answer each time", async () => {
    const answers = await Promise.all([
      redeemAtTill(ANN, attempt(), PLACE),
      redeemAtTill(ANN, attempt(), PLACE),
    ]);
    const again = await redeemAtTill(ANN, attempt(), PLACE);
    expect(upstream.redeem).toHaveBeenCalledTimes(1);
    expect(upstream.redeem.mock.calls[0]![0]).toMatchObject({
      customerId: "500000001",
      codes: [coupon.code],
      billNumber: `B-${n}`,
      billAmount: "1500",
      attribution: PLACE.attribution,
    });
    const outcomes = [...answers, again].map((a) => a.outcome).sort();
    // The twin of the first tap either waits ("in progress") or hears the redemption; never a second one.
    expect(outcomes.filter((o) => o === "redeemed").length).toBeGreaterThanOrEqual(2);
    expect(outcomes.every((o) => o === "redeemed" || o === "in_progress")).toBe(true);
    expect(again).toMatchObject({
      outcome: "redeemed",
      receipt: { billNumber: `B-${n}`, redeemedBy: "ann" },
    });
  });

  it("treats another attempt at the same coupon on the same bill as the same redemption", async () => {
    const first = await redeemAtTill(ANN, attempt(), PLACE);
    const second = await redeemAtTill(BOB, attempt({ attemptId: `other-${n}-0123456789` }), PLACE);
    expect(upstream.redeem).toHaveBeenCalledTimes(1);
    expect(second).toMatchObject({ outcome: "redeemed" });
    if (first.outcome === "redeemed" && second.outcome === "redeemed")
      expect(second.receipt.ref).toBe(first.receipt.ref);
  });

  it("refuses a reused attempt id carrying a different bill", async () => {
    await redeemAtTill(ANN, attempt(), PLACE);
    await expect(redeemAtTill(ANN, attempt({ billAmount: "9999" }), PLACE)).rejects.toMatchObject({
      code: "bad_request",
    });
    expect(upstream.redeem).toHaveBeenCalledTimes(1);
  });

  it("says a bill below the minimum before anything is sent to Capillary", async () => {
    const answer = await redeemAtTill(ANN, attempt({ billAmount: "999.99" }), PLACE);
    expect(answer).toMatchObject({ outcome: "refused", stage: "precheck", refusal: { kind: "bill_amount" } });
    expect(upstream.checkRedeemable).not.toHaveBeenCalled();
    expect(upstream.redeem).not.toHaveBeenCalled();
  });

  it("refuses a code that is not this customer's without asking Capillary", async () => {
    const answer = await redeemAtTill(ANN, attempt({ code: "SOMEONEELSES1" }), PLACE);
    expect(answer).toMatchObject({
      outcome: "refused",
      stage: "precheck",
      refusal: { kind: "not_this_customer" },
    });
    expect(upstream.checkRedeemable).not.toHaveBeenCalled();
  });

  it("says Capillary's refusal in words and does not redeem", async () => {
    upstream.checkRedeemable.mockResolvedValue([
      {
        code: coupon.code,
        redeemable: false,
        resultCode: 735,
        message: "Invalid store",
        usesLeft: null,
        usedByCustomer: null,
      },
    ]);
    const answer = await redeemAtTill(ANN, attempt(), PLACE);
    expect(answer).toEqual({
      outcome: "refused",
      stage: "capillary",
      refusal: { kind: "wrong_store", reason: { key: "code.735" }, retryable: false },
      resultCode: 735,
      capillaryMessage: "Invalid store",
    });
    expect(upstream.redeem).not.toHaveBeenCalled();
  });

  it("after a refusal, lets a corrected attempt on the same bill through", async () => {
    upstream.redeem.mockResolvedValueOnce([
      {
        code: coupon.code,
        redeemed: false,
        resultCode: 733,
        message: "Invalid transaction amount",
        redemptionId: null,
      },
    ]);
    expect(await redeemAtTill(ANN, attempt(), PLACE)).toMatchObject({ outcome: "refused", resultCode: 733 });
    const retry = await redeemAtTill(
      ANN,
      attempt({ attemptId: `fix-${n}-0123456789`, billAmount: "2500" }),
      PLACE,
    );
    expect(retry).toMatchObject({ outcome: "redeemed" });
    expect(upstream.redeem).toHaveBeenCalledTimes(2);
  });

  it("never resends a redeem that timed out: the coupon list says it went through", async () => {
    upstream.redeem.mockRejectedValue(new CapillaryError("timeout", "timed out"));
    const answer = await redeemAtTill(ANN, attempt(), PLACE);
    expect(answer).toMatchObject({ outcome: "redeemed" });
    expect(upstream.redeem).toHaveBeenCalledTimes(1);
    expect(upstream.listCouponPage).toHaveBeenCalled();
  });

  it("says 'not redeemed' when the list shows no redemption on the bill after a timeout", async () => {
    upstream.redeem.mockRejectedValue(new CapillaryError("timeout", "timed out"));
    upstream.listCouponPage.mockResolvedValue(pageWith([redemptionOn("ANOTHER-BILL")]));
    expect(await redeemAtTill(ANN, attempt(), PLACE)).toMatchObject({
      outcome: "not_redeemed",
      saying: { key: "notRedeemed", bill: `B-${n}` },
    });
    expect(upstream.redeem).toHaveBeenCalledTimes(1);
  });

  it("says it could not confirm when Capillary can't be asked afterwards either", async () => {
    upstream.redeem.mockRejectedValue(new CapillaryError("unavailable", "503"));
    upstream.listCouponPage.mockRejectedValue(new CapillaryError("unavailable", "503"));
    const answer = await redeemAtTill(ANN, attempt(), PLACE);
    expect(answer).toMatchObject({ outcome: "unconfirmed" });
    // The same attempt again hears the same: it is not sent blindly a second time.
    expect(await redeemAtTill(ANN, attempt(), PLACE)).toMatchObject({ outcome: "unconfirmed" });
    expect(upstream.redeem).toHaveBeenCalledTimes(1);
  });

  it("forgets an attempt that failed before anything could redeem, so trying again really tries", async () => {
    upstream.checkRedeemable.mockRejectedValueOnce(new CapillaryError("unavailable", "503"));
    await expect(redeemAtTill(ANN, attempt(), PLACE)).rejects.toMatchObject({ kind: "unavailable" });
    expect(await redeemAtTill(ANN, attempt(), PLACE)).toMatchObject({ outcome: "redeemed" });
    expect(upstream.redeem).toHaveBeenCalledTimes(1);
  });
});

describe("undoRedemption", () => {
  async function redeemed(by: StaffSession) {
    const answer = await redeemAtTill(by, attempt(), PLACE);
    if (answer.outcome !== "redeemed") throw new Error(`not redeemed: ${answer.outcome}`);
    return answer.receipt;
  }

  it("reactivates by the redemption id the coupon list gives, for the person who redeemed", async () => {
    const receipt = await redeemed(ANN);
    expect(receipt.mayUndo).toBe(true);
    const { receipt: undone } = await undoRedemption(ANN, receipt.ref);
    expect(upstream.reactivate).toHaveBeenCalledWith(["9001"]);
    expect(undone.undoneAt).not.toBeNull();
    expect(undone.mayUndo).toBe(false);
    // Twice is once.
    await undoRedemption(ANN, receipt.ref);
    expect(upstream.reactivate).toHaveBeenCalledTimes(1);
  });

  it("uses the redeem answer's redemption id when it carries one", async () => {
    upstream.redeem.mockResolvedValue([
      { code: coupon.code, redeemed: true, resultCode: 700, message: null, redemptionId: "4577842" },
    ]);
    const receipt = await redeemed(ANN);
    await undoRedemption(ANN, receipt.ref);
    expect(upstream.reactivate).toHaveBeenCalledWith(["4577842"]);
    expect(upstream.listCouponPage).not.toHaveBeenCalled();
  });

  it("lets a manager undo a colleague's redemption, and nobody else", async () => {
    const receipt = await redeemed(ANN);
    await expect(undoRedemption(BOB, receipt.ref)).rejects.toMatchObject({ code: "forbidden" });
    await undoRedemption(MIA, receipt.ref);
    expect(upstream.reactivate).toHaveBeenCalledTimes(1);
  });

  it("refuses once the undo window is over (15 minutes by default)", async () => {
    const receipt = await redeemed(ANN);
    const later = Date.parse(receipt.redeemedAt) + 15 * 60_000;
    await expect(undoRedemption(ANN, receipt.ref, later)).rejects.toMatchObject({ code: "forbidden" });
    await expect(undoRedemption(MIA, receipt.ref, later)).rejects.toMatchObject({ code: "forbidden" });
    expect(upstream.reactivate).not.toHaveBeenCalled();
  });
});
