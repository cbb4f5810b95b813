import "server-only";

import { createHash } from "node:crypto";
import { getStore } from "@/lib/server/store";
import { ApiError } from "@/lib/server/http/api-error";

/**
 * What a finished attempt answered, kept so that a repeat (a double tap, a retried request, another tablet
 * sending the same attempt) gets the same answer instead of a second redemption. A redemption is kept by
 * its record's ref, so each viewer's receipt says whether *they* may undo it.
 */
export type StoredOutcome =
  | { outcome: "redeemed"; ref: string }
  | { outcome: "refused" | "not_redeemed" | "unconfirmed"; answer: unknown };

interface AttemptState {
  fingerprint: string;
  state: "pending" | "done";
  result?: StoredOutcome;
}

/** Longer than a redeem and its reconciliation can take; a crashed instance's claim frees itself after. */
const PENDING_MS = 2 * 60_000;
const DONE_MS = 24 * 60 * 60_000;

const attemptKey = (id: string) => `till:attempt:${id}`;
/** One coupon on one bill: two attempts with different ids for the same thing are still one redemption. */
const billKey = (customerId: string, code: string, bill: string) =>
  `till:bill:${customerId}:${code.toUpperCase()}:${createHash("sha256").update(bill).digest("base64url")}`;

export function fingerprintOf(parts: Record<string, string>): string {
  return createHash("sha256").update(JSON.stringify(parts)).digest("base64url");
}

export type AttemptStart =
  | {
      kind: "new";
      finish: (result: StoredOutcome) => Promise<void>;
      /** Nothing that could redeem was sent: forget the attempt, so that trying it again really tries. */
      release: () => Promise<void>;
    }
  | { kind: "repeat"; result: StoredOutcome | null };

/**
 * Claims the attempt and the coupon-on-this-bill, or says what the earlier attempt answered (null while it
 * is still running). A repeated attempt id with another body is refused: it is a bug or a forgery.
 */
export async function startAttempt(input: {
  attemptId: string;
  fingerprint: string;
  customerId: string;
  code: string;
  billNumber: string;
}): Promise<AttemptStart> {
  const store = getStore();
  const pending: AttemptState = { fingerprint: input.fingerprint, state: "pending" };
  let claimed: boolean;
  try {
    claimed = await store.claim(attemptKey(input.attemptId), pending, PENDING_MS);
  } catch {
    throw new ApiError("upstream_unavailable", "api.redemptionsPaused", 5);
  }
  if (!claimed) {
    const earlier = await store.get<AttemptState>(attemptKey(input.attemptId));
    if (earlier && earlier.fingerprint !== input.fingerprint)
      throw new ApiError("bad_request", "api.attemptReused");
    return { kind: "repeat", result: earlier?.result ?? null };
  }

  const bill = billKey(input.customerId, input.code, input.billNumber);
  const holder = await store.claim(bill, input.attemptId, PENDING_MS).catch(() => false);
  if (!holder) {
    const otherId = await store.get<string>(bill);
    const other = otherId ? await store.get<AttemptState>(attemptKey(otherId)) : undefined;
    const result = other?.result ?? null;
    await store.set(attemptKey(input.attemptId), { ...pending, state: "done", result }, DONE_MS);
    if (result === null) await store.delete(attemptKey(input.attemptId));
    return { kind: "repeat", result };
  }

  return {
    kind: "new",
    async finish(result) {
      await store.set(attemptKey(input.attemptId), { ...pending, state: "done", result }, DONE_MS);
      // Only a redemption blocks the bill: after a refusal the cashier may fix the amount and try again.
      if (result.outcome === "redeemed") await store.set(bill, input.attemptId, DONE_MS);
      else await store.delete(bill);
    },
    async release() {
      await Promise.all([store.delete(attemptKey(input.attemptId)), store.delete(bill)]);
    },
  };
}
