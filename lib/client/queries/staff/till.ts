// The counter's writes: redeem, undo, reveal, the lock and the tablet's till. Never retried by the client:
// a redeem is made exactly once by its attempt id, and a repeat of it is the user's own tap.
import { queryOptions } from "@tanstack/react-query";
import { retryUnlessFinal } from "@/lib/client/fetch-json";
import type { RedeemAnswer, RedemptionReceipt, UndoAnswer } from "@/lib/shared/staff/till-types";
import type { RevealField, RevealResponse } from "@/lib/shared/staff/types";
import { consoleFetch, consolePost } from "./console-fetch";

export interface RedeemRequest {
  customerId: string;
  code: string;
  billNumber: string;
  billAmount: string;
  attemptId: string;
}

/** A fresh attempt id: made when the redeem form opens, kept for every resend of that one attempt. */
export function newAttemptId(): string {
  // getRandomValues, not randomUUID: the latter exists only on https pages, and a till may be on plain http.
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) =>
    byte.toString(16).padStart(2, "0"),
  ).join("");
}

export const redeemCoupon = (request: RedeemRequest) =>
  consolePost<RedeemAnswer>("/api/staff/redeem", request);

export const undoRedemption = (ref: string) => consolePost<UndoAnswer>("/api/staff/undo", { ref });

export const revealValue = (request: { customerId: string; field: RevealField; couponId?: string }) =>
  consolePost<RevealResponse>("/api/staff/reveal", request);

export const lockConsole = () => consolePost<{ locked: boolean }>("/api/staff/lock", {});

export const reportPresence = () => consolePost<{ locked: boolean }>("/api/staff/presence", {});

export const unlockConsole = (proof: { password: string } | { pin: string }) =>
  consolePost<{ locked: boolean }>("/api/staff/unlock", proof);

export const setConsolePin = (pin: string) => consolePost<{ pinSet: boolean }>("/api/staff/pin", { pin });

export const setTabletTill = (till: string) =>
  consolePost<{ till: string; label: string }>("/api/staff/till", { till });

export function recentRedemptionsQueryOptions() {
  return queryOptions({
    queryKey: ["till", "redemptions"] as const,
    queryFn: () => consoleFetch<{ receipts: RedemptionReceipt[] }>("/api/staff/redemptions"),
    staleTime: 0,
    refetchOnWindowFocus: false,
    retry: retryUnlessFinal,
  });
}
