import { afterEach, describe, expect, it, vi } from "vitest";
import { ER07BCJ8, QZX30JQLIC, makeCoupon } from "@/lib/shared/coupons/test-coupon";
import { EN, translatorFor } from "@/lib/shared/i18n/test-translate";
import { WALLET_PAGE_SIZE } from "@/lib/shared/wallet/first-pages";
import type { WalletData } from "@/lib/shared/wallet/types";

// The docs' coupons on 25 May 2025, for a shopper in Los Angeles (QZX30JQLIC active, ER07BCJ8 expired).
const NOW = Date.parse("2025-05-25T12:00:00Z");
const DISPLAY = { locale: "en-IN", currency: "INR", timeZone: "America/Los_Angeles", zoneFromBrowser: true };
const WALLET: WalletData = { coupons: [ER07BCJ8, QZX30JQLIC], fetchedAt: "2025-05-25T11:59:58.000Z" };

/** A fresh copy of the modules, as a browser tab that has formatted nothing yet starts with. */
async function freshModules() {
  vi.resetModules();
  const coupons = await import("@/lib/shared/coupons");
  const wallet = await import("./first-paint-texts");
  return { ...coupons, ...wallet };
}

const RealDateTimeFormat = Intl.DateTimeFormat;

/** Counts the Intl date formatters built from now on. */
function countDateFormattersBuilt() {
  const built = { dates: 0 };
  Intl.DateTimeFormat = class extends RealDateTimeFormat {
    constructor(...args: ConstructorParameters<typeof RealDateTimeFormat>) {
      super(...args);
      built.dates++;
    }
  } as typeof Intl.DateTimeFormat;
  return built;
}

afterEach(() => {
  vi.unstubAllGlobals();
  Intl.DateTimeFormat = RealDateTimeFormat;
});

describe("firstPaintTexts", () => {
  it("words each card of the opening tab's first page as describeCoupon does, in the shopper's zone", async () => {
    const server = await freshModules();
    const said = server.firstPaintTexts(WALLET, DISPLAY, NOW, EN);
    const worded = { ...DISPLAY, t: EN };
    expect(said.cards).toEqual({ [QZX30JQLIC.id]: server.describeCoupon(QZX30JQLIC, worded, NOW) });
    expect(said.cards[QZX30JQLIC.id]!.expiry.absolute).toMatch(/PDT|GMT-7/);
    // ER07BCJ8 is expired: its tab is not the one the page opens on.
    expect(said.cards[ER07BCJ8.id]).toBeUndefined();
  });

  it("covers the opening tab's whole first page and no more: the next page waits for a tap", async () => {
    const active = Array.from({ length: WALLET_PAGE_SIZE + 1 }, (_, i) =>
      makeCoupon({
        id: `c${i}`,
        code: `CODE${i}`,
        validTill: new Date(NOW + (i + 2) * 86_400_000).toISOString(),
      }),
    );
    const server = await freshModules();
    const said = server.firstPaintTexts({ coupons: active, fetchedAt: WALLET.fetchedAt }, DISPLAY, NOW, EN);
    const byExpiry = [...active].sort((a, b) => a.validTill!.localeCompare(b.validTill!));
    expect(Object.keys(said.cards).sort()).toEqual(
      byExpiry
        .slice(0, WALLET_PAGE_SIZE)
        .map((c) => c.id)
        .sort(),
    );
  });

  it("words the cards in the page's language", async () => {
    const server = await freshModules();
    const hindi = { ...DISPLAY, locale: "hi-IN" };
    const said = server.firstPaintTexts(WALLET, hindi, NOW, translatorFor("hi")).cards[QZX30JQLIC.id]!;
    expect(said.uses).not.toBe("4 uses left");
    expect(said.expiry.relative).not.toMatch(/expires/);
  });

  it("lets the browser write the banner's time without building a formatter", async () => {
    const server = await freshModules();
    const { calls } = server.firstPaintTexts(WALLET, DISPLAY, NOW, EN);
    const banner = server.formatAsOf(WALLET.fetchedAt, NOW, { ...DISPLAY, t: EN });

    vi.stubGlobal("window", {});
    const browser = await freshModules();
    const built = countDateFormattersBuilt();
    browser.seedFormatting(calls);
    const t = browser.seededTranslate(DISPLAY.locale, EN);
    expect(browser.formatAsOf(WALLET.fetchedAt, NOW, { ...DISPLAY, t })).toBe(banner);
    expect(built.dates).toBe(0);
    // Another time is formatted as usual.
    browser.formatAsOf("2025-05-25T10:00:00.000Z", NOW, { ...DISPLAY, t });
    expect(built.dates).toBeGreaterThan(0);
  });
});
