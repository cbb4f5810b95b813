// How many more times a coupon can be used, in words.

import type { UseLimit } from "@/lib/capillary";
import type { Translate } from "@/lib/shared/i18n/translate";

/**
 * - unlimited: "Unlimited uses" (only when the series allows multiple use with no per-coupon limit);
 * - single use: "Single use" while unused, "Used" once redeemed;
 * - counted with a total: "2 of 3 uses left"; without one: "4 uses left", "1 use left";
 * - none left: "No uses left";
 * - not stated by Capillary: "Uses not stated" (never a guess).
 */
export function formatUses(uses: UseLimit, t: Translate): string {
  if (uses.kind === "unlimited") return t("coupon.uses.unlimited");
  if (uses.kind === "unknown") return t("coupon.uses.unknown");
  const left = Math.max(0, Math.floor(uses.left));
  if (uses.of === 1) return left > 0 ? t("coupon.uses.single") : t("coupon.uses.used");
  if (left === 0) return t("coupon.uses.none");
  if (uses.of !== null && uses.of >= left) return t("coupon.uses.leftOf", { left, of: uses.of });
  return t("coupon.uses.left", { left });
}
