import {
  describeCoupon,
  formatAsOf,
  groupWallet,
  recordFormatting,
  seededTranslate,
} from "@/lib/shared/coupons";
import type { Translate } from "@/lib/shared/i18n/translate";
import type { DisplaySettings } from "@/lib/shared/display-types";
import { FIRST_PAINT_CARDS } from "@/lib/shared/wallet/first-pages";
import type { WalletData } from "@/lib/shared/wallet/types";

/**
 * The formatted texts of the wallet's first paint (its opening tab's first cards and the time in
 * the banner), recorded as the server renders them, for the browser to hydrate with (seedFormatting)
 * instead of setting up Intl during its busiest moment. Any text missing here is formatted in the browser
 * as usual: this saves time, it never decides what a card says.
 */
export function firstPaintFormatting(
  wallet: WalletData,
  display: DisplaySettings,
  now: number,
  t: Translate,
): Record<string, unknown> {
  // Words too, through the same seeded translator the browser uses (useWording), so the keys match.
  const worded = { ...display, t: seededTranslate(display.locale, t) };
  return recordFormatting(() => {
    const view = groupWallet(wallet.coupons, now);
    for (const coupon of view.active.slice(0, FIRST_PAINT_CARDS)) describeCoupon(coupon, worded, now);
    formatAsOf(wallet.fetchedAt, now, worded);
  });
}
