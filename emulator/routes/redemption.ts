// GET  /v2/coupon/is_redeemable?{id|mobile|email|externalId}=&code=A,B[&details=true]
// POST /v2/coupon/redeem   {redemptionRequestList:[{code}], user:{id|mobile|...}, transactionNumber, billAmount}
// POST /v2/coupon/reactivate {redemptionIds:[...]}
//
// Success answers follow the docs' examples (next-endpoints §2, §3.1, §3.4); the redeem answer's `id` is
// the coupon's, as in the bulk examples, and carries no redemption id (find it in the coupon list). A refusal
// is not shown in any example: the emulator answers HTTP 200 with `isRedeemable: false` (or the item's
// `redemptionStatus.status: false`) and the 7xx code in the item's `redemptionStatus` (data/inventions.ts).
// A redeem of several codes is all or nothing: the others answer 749, "failure on other coupons".
import { asRecord, couponsNow, customerNamed } from "../customer-coupons-now";
import { STORE_LIST } from "../data/stores";
import type { CustomerRecord, V2Coupon } from "../data/types";
import { type EmuRequest, type EmuResponse, json, listParam, v2Error } from "../http";
import { OK, redemptionVerdict, type Verdict } from "../redemption-rules";
import type { EmulatorState } from "../state";

const status = (v: Verdict) => ({
  statusCode: { status: v.code === 700, message: v.message, code: v.code },
  warnings: [],
  warningsAsStatusCode: [],
  message: v.message,
  code: v.code,
  success: v.code === 700,
});

const customerBlock = (c: CustomerRecord) => ({
  id: c.profile.id,
  profiles: [
    {
      firstName: c.profile.firstName,
      lastName: c.profile.lastName,
      fields: {},
      identifiers: c.profile.mobile ? [{ type: "mobile", value: c.profile.mobile }] : [],
      commChannels: [],
      userId: c.profile.id,
      accountId: "",
    },
  ],
});

function place(req: EmuRequest): string | undefined {
  const value = req.headers["x-cap-api-attribution-entity-code"];
  return typeof value === "string" ? value : undefined;
}

function find(coupons: V2Coupon[], code: string): V2Coupon | undefined {
  return coupons.find((c) => c.code.toUpperCase() === code.toUpperCase());
}

const NOT_THEIRS: Verdict = { code: 703, message: "Coupon not issued to this customer" };

export function isRedeemable(req: EmuRequest, state: EmulatorState): EmuResponse {
  const customer = customerNamed(req.query);
  const codes = listParam(req.query, "code");
  if (codes.length === 0) return v2Error(400, 629, "Invalid input: code is required");
  if (!customer) return v2Error(400, 701, "Customer not found");
  const coupons = couponsNow(customer, state, req.now);
  const redemption = codes.map((code) => {
    const coupon = find(coupons, code);
    const verdict = coupon ? redemptionVerdict({ coupon, now: req.now, placeCode: place(req) }) : NOT_THEIRS;
    return {
      appendedErrorMessage: verdict.code === 700 ? "" : verdict.message,
      code: coupon?.code ?? code,
      isAbsolute: coupon?.couponDiscountType === "ABS",
      isRedeemable: verdict.code === 700,
      numberOfRedemptionsByUser: coupon?.redemptionInfo.length ?? 0,
      redemptionsLeft: coupon ? Number(coupon.redemptionsLeft) : 0,
      warnings: [],
      ...(verdict.code === 700
        ? {}
        : { redemptionStatus: { status: false, code: verdict.code, message: verdict.message } }),
    };
  });
  const refused = redemption.find((r) => !r.isRedeemable);
  return json(200, {
    customer: customerBlock(customer),
    redemption,
    redemptionStatus: refused
      ? { code: refused.redemptionStatus!.code, message: refused.redemptionStatus!.message, status: false }
      : { code: 700, message: "Coupon isRedeem successful", status: true },
    warnings: [],
  });
}

const BILL_AMOUNT = /^\d{1,10}(?:\.\d{1,2})?$/;

export function redeem(req: EmuRequest, state: EmulatorState): EmuResponse {
  const body = asRecord(req.body);
  const requests = Array.isArray(body.redemptionRequestList) ? body.redemptionRequestList.map(asRecord) : [];
  const codes = requests.map((r) => r.code).filter((c): c is string => typeof c === "string" && c !== "");
  const bill = typeof body.transactionNumber === "string" ? body.transactionNumber : "";
  const amount = String(body.billAmount ?? "");
  if (codes.length === 0 || codes.length !== requests.length || !BILL_AMOUNT.test(amount))
    return v2Error(400, 629, "Invalid input");
  const customer = customerNamed(asRecord(body.user));
  if (!customer) return v2Error(400, 701, "Customer not found");
  const coupons = couponsNow(customer, state, req.now);
  const placeCode = place(req);
  const checked = codes.map((code) => {
    const coupon = find(coupons, code);
    const verdict = coupon
      ? redemptionVerdict({ coupon, now: req.now, billAmount: Number(amount), placeCode })
      : NOT_THEIRS;
    return { code, coupon, verdict };
  });
  const allOk = checked.every((c) => c.verdict.code === 700);
  const store = STORE_LIST.find((s) => s.code === placeCode || s.till.code === placeCode) ?? STORE_LIST[0]!;
  const redemption = checked.map(({ code, coupon, verdict }) => {
    const outcome = allOk
      ? OK
      : verdict.code === 700
        ? { code: 749, message: "Failure on other coupons in the batch" }
        : verdict;
    if (allOk && coupon)
      state.ledger.add({
        customerId: customer.profile.id,
        couponId: coupon.id,
        at: req.now,
        bill,
        amount: Number(amount),
        store,
      });
    return {
      id: coupon?.id ?? -1,
      currencyInput: false,
      localToBaseCurrencyExchangeRate: 0,
      warnings: [],
      appendedErrorMessage: outcome.code === 700 ? "" : outcome.message,
      code: coupon?.code ?? code,
      discountCode: coupon ? `DEMO${coupon.seriesId}` : "NO_VALUE",
      seriesCode: coupon?.seriesId ?? -1,
      isAbsolute: coupon?.couponDiscountType === "ABS",
      couponValue: coupon?.discountValue ?? 0,
      redemptionStatus: status(outcome),
      discountType: coupon?.couponDiscountType ?? "ABS",
      discountValue: coupon?.discountValue ?? 0,
      discountUpto: coupon?.discountUpto ?? 0,
    };
  });
  const first = allOk ? OK : checked.find((c) => c.verdict.code !== 700)!.verdict;
  return json(200, {
    redemption,
    redemptionStatus: { status: allOk, message: first.message, code: first.code },
    customer: customerBlock(customer),
    warnings: [],
  });
}

export function reactivate(req: EmuRequest, state: EmulatorState): EmuResponse {
  const ids = asRecord(req.body).redemptionIds;
  if (!Array.isArray(ids) || ids.length === 0) return v2Error(400, 661, "No Redemption id passed");
  const numbers = ids.map(Number);
  if (
    numbers.some((id) => !Number.isSafeInteger(id) || id <= 0) ||
    !numbers.every((id) => state.ledger.reverse(id, req.now))
  )
    return json(200, {
      warnings: [],
      errors: [{ status: false, code: 510, message: "Invalid Redemption ids present" }],
      success: false,
    });
  for (const id of numbers) state.ledger.reverse(id, req.now);
  return json(200, { warnings: [], errors: [], success: true });
}
