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
import type { FirstPaintTexts, WalletData } from "@/lib/shared/wallet/types";

/**
 * The texts of the wallet's first screen: its opening tab's first page of cards, and the time in the
 * banner. With them the browser hydrates without the code that words a card (it loads when a card must be
 * worded again, components/shared/use-coupon-texts.ts) and without setting up Intl during its busiest
 * moment: the page's first Intl formatter is ICU's set-up, one long task of about 300 ms on a phone-speed
 * CPU (measured in Chromium 156 at 4x slowdown).
 *
 * The whole first page, not only the cards in the server's HTML (FIRST_PAINT_CARDS): the rest render just
 * after hydration without a tap.
 */
export function firstPaintTexts(
  wallet: WalletData,
  display: DisplaySettings,
  now: number,
  t: Translate,
): FirstPaintTexts {
  // Through the same seeded translator the browser uses (useDisplay), so the banner's keys match.
  const worded = { ...display, t: seededTranslate(display.locale, t) };
  const view = groupWallet(wallet.coupons, now);
  const cards = Object.fromEntries(
    view.active.slice(0, WALLET_PAGE_SIZE).map((coupon) => [coupon.id, describeCoupon(coupon, worded, now)]),
  );
  const calls = recordFormatting(() => formatAsOf(wallet.fetchedAt, now, worded));
  return { cards, calls };
}
