import "server-only";

import { randomBytes } from "node:crypto";
import type { Attribution } from "@/lib/capillary";
import { getStore } from "@/lib/server/store";
import { maskForScreen } from "@/lib/shared/staff/mask";
import { mayUndo, type StaffRole } from "@/lib/shared/staff/roles";
import type { RedemptionReceipt } from "@/lib/shared/staff/till-types";

/** What the app remembers of a redemption it made, so that it can be undone and audited. */
export interface RedemptionRecord {
  ref: string;
  customerId: string;
  code: string;
  billNumber: string;
  billAmount: string;
  staffUser: string;
  redeemedAt: number;
  /** Capillary's redemption id, when the redeem answer or the coupon list gave it. */
  redemptionId: string | null;
  attribution: Attribution | null;
  placeLabel: string | null;
  undoneAt: number | null;
  undoneBy: string | null;
}

/** Records outlive the undo window by a day, so a late "undo" is told the window closed, not "unknown". */
const KEEP_MS = 86_400_000;

const recordKey = (ref: string) => `till:redemption:${ref}`;

export function newRef(): string {
  return randomBytes(12).toString("base64url");
}

const RECENT_KEY = "till:recent";
/** The most redemptions "Recent redemptions" lists: a busy store's quarter of an hour, with room to spare. */
const RECENT_MAX = 500;

export async function saveRecord(record: RedemptionRecord, undoMs: number): Promise<void> {
  await getStore().set(recordKey(record.ref), record, undoMs + KEEP_MS);
}

/** Notes a new redemption in the list every console reads (so a manager can undo a colleague's). */
export async function noteRecent(record: RedemptionRecord, undoMs: number): Promise<void> {
  await getStore().pushToList(RECENT_KEY, record.ref, { maxItems: RECENT_MAX, ttlMs: undoMs + KEEP_MS });
}

/** Redemptions still within their undo window, newest first: all for a manager, one's own for the rest. */
export async function recentRecords(
  viewer: { staffUser: string; staffRole: StaffRole },
  undoMs: number,
  now = Date.now(),
): Promise<RedemptionRecord[]> {
  const refs = await getStore().readList<string>(RECENT_KEY);
  const records = await Promise.all(refs.map((ref) => loadRecord(ref)));
  return records.filter(
    (record): record is RedemptionRecord =>
      record !== undefined &&
      now < record.redeemedAt + undoMs &&
      (viewer.staffRole === "manager" || record.staffUser === viewer.staffUser),
  );
}

export async function loadRecord(ref: string): Promise<RedemptionRecord | undefined> {
  return /^[\w-]{16}$/.test(ref) ? getStore().get<RedemptionRecord>(recordKey(ref)) : undefined;
}

export function undoUntil(record: RedemptionRecord, undoMs: number): number | null {
  return undoMs > 0 ? record.redeemedAt + undoMs : null;
}

/** The receipt as this member of staff sees it: whether they may undo depends on who they are, and when. */
export function receiptFor(
  record: RedemptionRecord,
  viewer: { staffUser: string; staffRole: StaffRole },
  undoMs: number,
  now = Date.now(),
): RedemptionReceipt {
  const until = undoUntil(record, undoMs);
  return {
    ref: record.ref,
    code: maskForScreen("code", record.code),
    billNumber: record.billNumber,
    billAmount: record.billAmount,
    redeemedAt: new Date(record.redeemedAt).toISOString(),
    redeemedBy: record.staffUser,
    undoUntil: until === null ? null : new Date(until).toISOString(),
    mayUndo:
      until !== null &&
      now < until &&
      record.undoneAt === null &&
      mayUndo(viewer.staffRole, viewer.staffUser, record.staffUser),
    undoneAt: record.undoneAt === null ? null : new Date(record.undoneAt).toISOString(),
  };
}
