import "server-only";

import { collectRequestIds, getCapillary } from "@/lib/capillary";
import { recordActivity } from "@/lib/server/activity/shopper-activity";
import type { StaffSession } from "@/lib/server/auth/session";
import { getEnv } from "@/lib/server/env";
import { ApiError } from "@/lib/server/http/api-error";
import { getStore } from "@/lib/server/store";
import { audit } from "@/lib/server/staff/audit";
import { maskCode } from "@/lib/shared/staff/mask";
import { mayUndo } from "@/lib/shared/staff/roles";
import type { UndoAnswer } from "@/lib/shared/staff/till-types";
import type { MessageKey } from "@/lib/shared/i18n/message-key";
import { findRedemption } from "./find-redemption";
import { loadRecord, receiptFor, saveRecord, undoUntil, type RedemptionRecord } from "./records";

const UNDO_LOCK_MS = 60_000;

/**
 * Puts a redemption back (`POST /v2/coupon/reactivate`) when a sale is cancelled: within the undo window,
 * by the member of staff who made it or a manager. Capillary's redemption id comes from the redeem answer
 * or, when that did not carry one, from the customer's coupon list by code and bill.
 */
export async function undoRedemption(
  staff: StaffSession,
  ref: string,
  now = Date.now(),
): Promise<UndoAnswer> {
  const { undoMs } = getEnv().till;
  const record = await loadRecord(ref);
  if (!record) throw new ApiError("not_found", "api.undoUnknown");
  const refuse = (message: MessageKey, result: string): never => {
    auditUndo(staff, record, result, []);
    throw new ApiError("forbidden", message);
  };
  if (record.undoneAt !== null) return { receipt: receiptFor(record, staff, undoMs, now) };
  const until = undoUntil(record, undoMs);
  if (until === null || now >= until) refuse("api.undoWindowClosed", "refused:window_closed");
  if (!mayUndo(staff.staffRole, staff.staffUser, record.staffUser))
    refuse("api.undoNotAllowed", "refused:not_allowed");

  // One undo at a time per redemption, across instances: two taps must not reactivate twice.
  const lock = `till:undo:${ref}`;
  if (!(await getStore().claim(lock, staff.staffUser, UNDO_LOCK_MS)))
    throw new ApiError("bad_request", "api.undoInProgress");
  const { requestIds, outcome } = await collectRequestIds(async () => {
    const redemptionId =
      record.redemptionId ??
      (await findRedemption(record.customerId, record.code, record.billNumber))?.id ??
      null;
    if (!redemptionId) throw new ApiError("not_found", "api.undoGone");
    await getCapillary().reactivate([redemptionId]);
    return redemptionId;
  });
  if (outcome.status === "rejected") {
    await getStore().delete(lock);
    const reason: unknown = outcome.reason;
    auditUndo(
      staff,
      record,
      `error:${reason instanceof Error && "kind" in reason ? String(reason.kind) : "error"}`,
      requestIds,
    );
    throw reason;
  }
  const undone: RedemptionRecord = {
    ...record,
    redemptionId: outcome.value,
    undoneAt: now,
    undoneBy: staff.staffUser,
  };
  await saveRecord(undone, undoMs);
  await recordActivity(record.customerId, {
    kind: "undo",
    place: record.placeLabel,
    code: `…${record.code.slice(-4)}`,
  });
  auditUndo(staff, record, "undone", requestIds);
  return { receipt: receiptFor(undone, staff, undoMs, now) };
}

function auditUndo(staff: StaffSession, record: RedemptionRecord, result: string, requestIds: string[]) {
  audit({
    staffUser: staff.staffUser,
    role: staff.staffRole,
    action: "undo",
    query: {
      customerId: record.customerId,
      code: maskCode(record.code),
      bill: record.billNumber,
      amount: record.billAmount,
      redeemedBy: record.staffUser,
      ...(record.placeLabel ? { till: record.placeLabel } : {}),
    },
    result,
    customerIds: [record.customerId],
    requestIds,
  });
}
