import "server-only";

import { collectRequestIds, getCapillary, isCapillaryError, isOutage, type Coupon } from "@/lib/capillary";
import { recordActivity } from "@/lib/server/activity/shopper-activity";
import { getEnv } from "@/lib/server/env";
import type { StaffSession } from "@/lib/server/auth/session";
import { getWallet } from "@/lib/server/wallet/get-wallet";
import { log } from "@/lib/server/log";
import { audit } from "@/lib/server/staff/audit";
import type { Bill } from "@/lib/shared/staff/bill";
import { maskCode } from "@/lib/shared/staff/mask";
import { refusalFor, type Refusal } from "@/lib/shared/staff/refusal-reasons";
import { tillPrecheck } from "@/lib/shared/staff/till-precheck";
import type { TillOutcome } from "@/lib/shared/staff/till-types";
import { fingerprintOf, startAttempt, type StoredOutcome } from "./attempts";
import type { Place } from "./attribution";
import { findRedemption } from "./find-redemption";
import { loadRecord, newRef, noteRecent, receiptFor, saveRecord, type RedemptionRecord } from "./records";

export interface RedeemRequest extends Bill {
  customerId: string;
  code: string;
  /** Made by the console once per attempt; repeats of it get the first answer. */
  attemptId: string;
}

const NOT_OURS: Refusal = { kind: "not_this_customer", reason: { key: "notOurs" }, retryable: false };

/**
 * Redeems one coupon for one customer on one bill, at most once per attempt and per coupon-and-bill:
 * pre-checks what the app can see, asks `is_redeemable`, then redeems. A redeem whose answer is lost is
 * never sent again: the customer's coupon list says whether it went through. The outcome has no words
 * yet: the route words it in the language of the member of staff asking (`wordTillOutcome`).
 */
export async function redeemAtTill(
  staff: StaffSession,
  request: RedeemRequest,
  place: Place,
): Promise<TillOutcome> {
  const { undoMs } = getEnv().till;
  const fingerprint = fingerprintOf({
    customerId: request.customerId,
    code: request.code.toUpperCase(),
    billNumber: request.billNumber,
    billAmount: request.billAmount,
  });
  const start = await startAttempt({ ...request, fingerprint });
  if (start.kind === "repeat") {
    const answer: TillOutcome = start.result
      ? await answerOf(start.result, staff, undoMs)
      : { outcome: "in_progress" };
    auditRedeem(staff, request, place, answer, [], "repeat:");
    return answer;
  }

  const { requestIds, outcome } = await collectRequestIds(() => attempt(staff, request, place));
  if (outcome.status === "rejected") {
    // Thrown before anything that could redeem was sent (attempt() catches what follows the redeem call).
    await start.release();
    const reason: unknown = outcome.reason;
    const kind = reason instanceof Error && "kind" in reason ? String(reason.kind) : "error";
    auditRedeem(staff, request, place, null, requestIds, `error:${kind}`);
    throw reason;
  }
  await start.finish(outcome.value);
  const answer = await answerOf(outcome.value, staff, undoMs);
  auditRedeem(staff, request, place, answer, requestIds);
  return answer;
}

async function attempt(staff: StaffSession, request: RedeemRequest, place: Place): Promise<StoredOutcome> {
  const coupon = await customersCoupon(request.customerId, request.code);
  if (!coupon) return refused(NOT_OURS, "precheck");
  const early = tillPrecheck({
    coupon,
    billAmount: Number(request.billAmount),
    now: Date.now(),
    timeZone: getEnv().capillary.orgTimeZone,
  });
  if (early) return refused(early, "precheck");

  const [check] = await getCapillary().checkRedeemable({
    customerId: request.customerId,
    codes: [coupon.code],
  });
  if (!check?.redeemable) return refused(refusalFor(check?.resultCode ?? null), "capillary", check);

  const redeemInput = {
    customerId: request.customerId,
    codes: [coupon.code],
    billNumber: request.billNumber,
    billAmount: request.billAmount,
    ...(place.attribution ? { attribution: place.attribution } : {}),
  };
  let redemptionId: string | null;
  try {
    const [result] = await getCapillary().redeem(redeemInput);
    if (!result?.redeemed) return refused(refusalFor(result?.resultCode ?? null), "capillary", result);
    redemptionId = result.redemptionId;
  } catch (error) {
    // An outage, or an answer we could not read: the redeem may have gone through either way.
    if (!isOutage(error) && !(isCapillaryError(error) && error.kind === "bad_response")) throw error;
    const reconciled = await reconcile(request, coupon.code);
    if (reconciled.outcome !== "found") return reconciled;
    redemptionId = reconciled.redemptionId;
  }

  const record: RedemptionRecord = {
    ref: newRef(),
    customerId: request.customerId,
    code: coupon.code,
    billNumber: request.billNumber,
    billAmount: request.billAmount,
    staffUser: staff.staffUser,
    redeemedAt: Date.now(),
    redemptionId,
    attribution: place.attribution ?? null,
    placeLabel: place.label,
    undoneAt: null,
    undoneBy: null,
  };
  await saveRecord(record, getEnv().till.undoMs);
  await noteRecent(record, getEnv().till.undoMs);
  await recordActivity(request.customerId, {
    kind: "redeem",
    place: place.label,
    code: `…${coupon.code.slice(-4)}`,
  });
  return { outcome: "redeemed", ref: record.ref };
}

/** The redeem's answer was lost: Capillary's own list says whether the coupon was redeemed on this bill. */
async function reconcile(
  request: RedeemRequest,
  code: string,
): Promise<{ outcome: "found"; redemptionId: string | null } | StoredOutcome> {
  try {
    const found = await findRedemption(request.customerId, code, request.billNumber);
    if (found) return { outcome: "found", redemptionId: found.id };
    return {
      outcome: "not_redeemed",
      answer: {
        outcome: "not_redeemed",
        saying: { key: "notRedeemed", bill: request.billNumber },
      } satisfies TillOutcome,
    };
  } catch (error) {
    log.warn("redeem reconciliation failed", { error: error instanceof Error ? error.name : "unknown" });
    return { outcome: "unconfirmed", answer: unconfirmed("noAnswer") };
  }
}

function unconfirmed(why: "noAnswer" | "lostTrack"): TillOutcome {
  return { outcome: "unconfirmed", saying: { key: `unconfirmed.${why}` } };
}

function refused(
  refusal: Refusal,
  stage: "precheck" | "capillary",
  capillary?: { resultCode: number | null; message: string | null },
): StoredOutcome {
  const answer: TillOutcome = {
    outcome: "refused",
    refusal,
    stage,
    resultCode: capillary?.resultCode ?? null,
    capillaryMessage: capillary?.message ?? null,
  };
  return { outcome: "refused", answer };
}

/** The coupon among this customer's own (a code of someone else's is refused before anything is sent). */
async function customersCoupon(customerId: string, code: string): Promise<Coupon | undefined> {
  const wallet = await getWallet(customerId);
  const wanted = code.toLowerCase();
  return wallet.coupons.find((coupon) => coupon.code.toLowerCase() === wanted);
}

async function answerOf(result: StoredOutcome, staff: StaffSession, undoMs: number): Promise<TillOutcome> {
  if (result.outcome !== "redeemed") return result.answer as TillOutcome;
  const record = await loadRecord(result.ref);
  if (!record) return unconfirmed("lostTrack");
  return { outcome: "redeemed", receipt: receiptFor(record, staff, undoMs) };
}

function auditRedeem(
  staff: StaffSession,
  request: RedeemRequest,
  place: Place,
  answer: TillOutcome | null,
  requestIds: string[],
  prefix = "",
) {
  const said =
    answer === null
      ? ""
      : answer.outcome === "refused"
        ? `refused:${answer.stage}:${answer.resultCode ?? answer.refusal.kind}`
        : answer.outcome;
  const result = `${prefix}${said}`;
  audit({
    staffUser: staff.staffUser,
    role: staff.staffRole,
    action: "redeem",
    query: {
      customerId: request.customerId,
      code: maskCode(request.code),
      bill: request.billNumber,
      amount: request.billAmount,
      ...(place.label ? { till: place.label } : {}),
    },
    result,
    customerIds: [request.customerId],
    requestIds,
  });
}
