import "server-only";

import { nonEmpty, type MapContext } from "./map-context";
import type { RawRedemptionEntry, RawStoreRef } from "../schemas/common";
import { toInstant } from "./time";
import type { Redemption, Store } from "../types";

export function toStore(raw: RawStoreRef | undefined): Store | null {
  if (!raw) return null;
  const store: Store = { id: raw.id ?? null, code: nonEmpty(raw.code), name: nonEmpty(raw.name) };
  return store.id === null && store.code === null && store.name === null ? null : store;
}

const codeOnly = (code: string | undefined): RawStoreRef | undefined =>
  code === undefined ? undefined : { code, id: undefined, name: undefined, description: undefined };

function personName(raw: RawRedemptionEntry["redeemed_by"]): string | null {
  if (!raw) return null;
  const full = [nonEmpty(raw.firstname), nonEmpty(raw.lastname)].filter(Boolean).join(" ");
  return nonEmpty(full) ?? nonEmpty(raw.name);
}

/**
 * One redemption, whichever spelling Capillary used: v2 `redemptionInfo[]` (no filled example exists; see
 * the emulator's `inventions.ts`), the paginated list's `redemptions[]` (`date`, `dateISO`, `redeemedAt`),
 * v1.1's `redemption_info` (`redeemed_on`, `redeemed_at` = the till's code, `store`, `redeemed_by`).
 * Store and till stay apart: staff settling a dispute need both, and a till is not a store.
 */
export function toRedemption(raw: RawRedemptionEntry, ctx: MapContext): Redemption {
  // `dateISO` before `date`: in the list's examples `date` is local time labelled UTC (next-endpoints §1).
  const when =
    raw.redemptionDate ??
    raw.redeemedOn ??
    raw.redeemedDate ??
    raw.redeemed_on ??
    raw.redemptionTime ??
    raw.dateISO ??
    raw.date;
  const redeemedAt = toInstant(when, ctx.timeZone);
  if (when !== undefined && redeemedAt === null) ctx.warn("Unreadable redemption date from Capillary", {});
  const bill =
    raw.transactionNumber ??
    raw.billNumber ??
    raw.bill_number ??
    raw.transaction?.bill_number ??
    raw.transaction?.number;
  const storeRef =
    raw.redeemedAtStore ??
    raw.store ??
    (raw.storeName !== undefined
      ? { code: undefined, id: undefined, name: raw.storeName, description: undefined }
      : undefined) ??
    raw.redeemedAt;
  return {
    id: raw.redemptionId ?? raw.id ?? null,
    redeemedAt,
    store: toStore(storeRef),
    till: toStore(raw.redeemedAtTill ?? raw.till ?? codeOnly(raw.redeemed_at)),
    billNumber: nonEmpty(bill),
    redeemedBy: personName(raw.redeemed_by),
  };
}
