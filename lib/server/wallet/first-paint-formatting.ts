import {
  describeCoupon,
  formatAsOf,
  groupWallet,
  recordFormatting,
  seededTranslate,
} from "@/lib/shared/coupons";
import type { Translate } from "@/lib/shared/i18n/translate";
import type { DisplaySettings } from "@/lib/shared/display-types";
import { WALLET_PAGE_SIZE } from "@/lib/shared/wallet/first-pages";
import type { WalletData } from "@/lib/shared/wallet/types";

/**
 * The formatted texts of the wallet's first screen (its opening tab's first page of cards and the time in
 * the banner), recorded as the server renders them, for the browser to hydrate with (seedFormatting)
 * instead of setting up Intl during its busiest moment. Any text missing here is formatted in the browser
 * as usual: this saves time, it never decides what a card says.
 *
 * The whole first page, not only the cards in the server's HTML (FIRST_PAINT_CARDS): the rest render just
 * after hydration without a tap, and the page's first Intl formatter is ICU's set-up, one long task of
 * about 300 ms on a phone-speed CPU (measured in Chromium 156 at 4x slowdown). With their texts here, no
 * formatter is built until a minute passes or the shopper opens another tab or page.
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
    for (const coupon of view.active.slice(0, WALLET_PAGE_SIZE)) describeCoupon(coupon, worded, now);
    formatAsOf(wallet.fetchedAt, now, worded);
  });
}
