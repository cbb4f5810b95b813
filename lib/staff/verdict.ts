// The one-word answer a member of staff needs for each checked code, from Capillary's answer and the
// moment of checking. Instants are compared, never dates as text: see lib/coupons/instant.ts.
import type { CodeCheck } from "@/lib/capillary/types";
import { parseInstant } from "@/lib/coupons/instant";

export type VerdictKind = "valid" | "not_yet_valid" | "redeemed" | "expired" | "unknown";

/**
 * First match wins: unknown (Capillary has no such coupon for us) → redeemed (a redeemed coupon is
 * reported with when and where even once it has also expired, since that is what settles a dispute) →
 * expired (`validTill <= now`) → not yet valid (`validFrom > now`) → valid.
 */
export function deriveVerdict(check: CodeCheck, now: number): VerdictKind {
  if (check.kind === "unknown") return "unknown";
  if (check.redemption) return "redeemed";
  const till = parseInstant(check.validTill);
  if (till !== null && till <= now) return "expired";
  const from = parseInstant(check.validFrom);
  if (from !== null && from > now) return "not_yet_valid";
  return "valid";
}

const LABELS: Record<VerdictKind, string> = {
  valid: "Valid",
  not_yet_valid: "Not valid yet",
  redeemed: "Already redeemed",
  expired: "Expired",
  unknown: "Unknown code",
};

export function verdictLabel(kind: VerdictKind): string {
  return LABELS[kind];
}
