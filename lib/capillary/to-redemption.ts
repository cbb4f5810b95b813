import "server-only";

import { nonEmpty, type MapContext } from "./map-context";
import type { RawRedemptionEntry, RawStoreRef } from "./schemas/common";
import { toInstant } from "./time";
import type { Redemption, Store } from "./types";

export function toStore(raw: RawStoreRef | undefined): Store | null {
  if (!raw) return null;
  const store: Store = { id: raw.id ?? null, code: nonEmpty(raw.code), name: nonEmpty(raw.name) };
  return store.id === null && store.code === null && store.name === null ? null : store;
}

/**
 * One redemption, whichever spelling Capillary used (v2 `redemptionInfo[]`, v1.1 `redemption_info`, the
 * emulator's `{redemptionId, redemptionDate, transactionNumber, redeemedAtStore, redeemedAtTill}`).
 * The store falls back to the till when only the till is known: it is still where the coupon was used.
 */
export function toRedemption(raw: RawRedemptionEntry, ctx: MapContext): Redemption {
  const when =
    raw.redemptionDate ??
    raw.redeemedOn ??
    raw.redeemedDate ??
    raw.redeemed_on ??
    raw.redemptionTime ??
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
    (raw.redeemed_at !== undefined
      ? { code: raw.redeemed_at, id: undefined, name: undefined, description: undefined }
      : undefined) ??
    raw.redeemedAtTill;
  return {
    id: raw.redemptionId ?? raw.id ?? null,
    redeemedAt,
    store: toStore(storeRef),
    billNumber: nonEmpty(bill),
  };
}
