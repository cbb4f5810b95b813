import "server-only";

import { nonEmpty } from "./map-context";
import type { RawStatus } from "../schemas/redemption";
import type { z } from "zod";
import type { redeemableItemSchema, redeemedItemSchema } from "../schemas/redemption";
import type { Redeemability, RedeemOutcome } from "../types";

const SUCCESS = new Set([700, 731]);

/** The 7xx code and message of a status object, whichever of its two layouts it uses. */
export function readStatus(status: RawStatus | undefined): {
  code: number | null;
  message: string | null;
  ok: boolean | null;
} {
  if (!status) return { code: null, message: null, ok: null };
  const code = status.statusCode?.code ?? status.code ?? null;
  const message = nonEmpty(status.statusCode?.message ?? status.message);
  const ok =
    status.statusCode?.status ??
    status.success ??
    status.status ??
    (code === null ? null : SUCCESS.has(code));
  return { code, message, ok };
}

/** One code's answer from `is_redeemable`: yes only on `isRedeemable: true`, with the 7xx reason otherwise. */
export function toRedeemability(
  raw: z.infer<typeof redeemableItemSchema>,
  overall: RawStatus | undefined,
): Redeemability {
  const own = [raw.redemptionStatus, raw.itemStatus, raw.item_status]
    .map(readStatus)
    .find((s) => s.code !== null);
  const fallback = readStatus(overall);
  const code = own?.code ?? raw.statusCode ?? (raw.isRedeemable === true ? 700 : fallback.code);
  return {
    code: raw.code,
    redeemable: raw.isRedeemable === true,
    resultCode: code ?? null,
    message: own?.message ?? nonEmpty(raw.appendedErrorMessage) ?? nonEmpty(raw.message) ?? null,
    usesLeft: raw.redemptionsLeft ?? null,
    usedByCustomer: raw.numberOfRedemptionsByUser ?? null,
  };
}

/** One code's outcome in a redeem answer. */
export function toRedeemOutcome(
  raw: z.infer<typeof redeemedItemSchema>,
  overall: RawStatus | undefined,
): RedeemOutcome {
  const own = readStatus(raw.redemptionStatus);
  const top = readStatus(overall);
  const code = own.code ?? top.code;
  const ok = own.ok ?? top.ok ?? (code !== null && SUCCESS.has(code));
  return {
    code: raw.code,
    redeemed: ok === true && (code === null || SUCCESS.has(code)),
    resultCode: code,
    message: own.message ?? nonEmpty(raw.appendedErrorMessage) ?? top.message,
    // v2's `redemptionId` where it is sent; `id` is documented as the redemption's but is the coupon's in
    // the bulk examples (next-endpoints §3.1), so it is never taken for a redemption id here.
    redemptionId: raw.redemptionId && raw.redemptionId !== "-1" ? raw.redemptionId : null,
  };
}
