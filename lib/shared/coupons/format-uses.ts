// How many more times a coupon can be used, in words.

import type { UseLimit } from "@/lib/capillary";

/**
 * - unlimited: "Unlimited uses" (only when the series allows multiple use with no per-coupon limit);
 * - single use: "Single use" while unused, "Used" once redeemed;
 * - counted with a total: "2 of 3 uses left"; without one: "4 uses left", "1 use left";
 * - none left: "No uses left";
 * - not stated by Capillary: "Uses not stated" (never a guess).
 */
export function formatUses(uses: UseLimit): string {
  if (uses.kind === "unlimited") return "Unlimited uses";
  if (uses.kind === "unknown") return "Uses not stated";
  const left = Math.max(0, Math.floor(uses.left));
  if (uses.of === 1) return left > 0 ? "Single use" : "Used";
  if (left === 0) return "No uses left";
  if (uses.of !== null && uses.of >= left) return `${left} of ${uses.of} uses left`;
  return left === 1 ? "1 use left" : `${left} uses left`;
}
