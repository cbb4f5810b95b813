// The one-word answer a member of staff needs for each checked code: what the till will do with it, from
// Capillary's answer and the moment of checking. Instants are compared, never dates as text: see
// lib/coupons/instant.ts.
import type { Translate } from "@/lib/shared/i18n/translate";
import type { CodeCheck } from "@/lib/capillary";
import { isUsedUp } from "@/lib/shared/coupons/coupon-status";
import { parseInstant } from "@/lib/shared/coupons/instant";
import type { CouponFacts } from "./types";

export type VerdictKind = "valid" | "not_yet_valid" | "redeemed" | "uses_unknown" | "expired" | "unknown";

/**
 * First match wins:
 * 1. unknown: Capillary has no such coupon for us;
 * 2. redeemed: the customer's own coupon (v2) has no uses left. A redeemed coupon is reported with when and
 *    where even once it has also expired, since that is what settles a dispute;
 * 3. expired: `validTill <= now` (the v2 instant when we have it, so staff and the wallet agree);
 * 4. not yet valid: Capillary will not redeem it before `validFrom` / the series' redemption start;
 * 5. uses unknown: v1.1 says it was redeemed before and we could not ask how many uses are left. v1.1's
 *    `redemption_info` says "redeemed before", not "used up" (a multi-use coupon carries it too), so this is
 *    never turned into "already redeemed" by guessing;
 * 6. valid (possibly used before: the card says how often).
 */
export function deriveVerdict(check: CodeCheck, facts: CouponFacts | null, now: number): VerdictKind {
  if (check.kind === "unknown") return "unknown";
  if (facts && isUsedUp(facts.uses)) return "redeemed";
  const till = parseInstant(facts?.validTill ?? check.validTill);
  if (till !== null && till <= now) return "expired";
  const from = Math.max(parseInstant(check.validFrom) ?? 0, parseInstant(facts?.usableFrom) ?? 0);
  if (from > now) return "not_yet_valid";
  if (!facts && check.redemption) return "uses_unknown";
  return "valid";
}

/** The verdict in the visitor's words (messages: staff.verdict.*). */
export function verdictLabel(kind: VerdictKind, t: Translate): string {
  return t(`staff.verdict.${kind}`);
}
