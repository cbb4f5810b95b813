import { afterEach, describe, expect, it, vi } from "vitest";
import { ER07BCJ8, QZX30JQLIC, makeCoupon } from "@/lib/shared/coupons/test-coupon";
import { EN, translatorFor } from "@/lib/shared/i18n/test-translate";
import { FIRST_PAINT_CARDS, WALLET_PAGE_SIZE } from "@/lib/shared/wallet/first-pages";
import type { WalletData } from "@/lib/shared/wallet/types";

// The docs' coupons on 25 May 2025, for a shopper in Los Angeles (QZX30JQLIC active, ER07BCJ8 expired).
const NOW = Date.parse("2025-05-25T12:00:00Z");
const DISPLAY = { locale: "en-IN", currency: "INR", timeZone: "America/Los_Angeles", zoneFromBrowser: true };
const WALLET: WalletData = { coupons: [ER07BCJ8, QZX30JQLIC], fetchedAt: "2025-05-25T11:59:58.000Z" };

/** A fresh copy of the modules, as a browser tab that has formatted nothing yet starts with. */
async function freshModules() {
  vi.resetModules();
  const coupons = await import("@/lib/shared/coupons");
  const wallet = await import("./first-paint-formatting");
  return { ...coupons, ...wallet };
}

const RealDateTimeFormat = Intl.DateTimeFormat;
const RealNumberFormat = Intl.NumberFormat;

/** Counts the Intl formatters built from now on. */
function countFormattersBuilt() {
  const built = { dates: 0, numbers: 0 };
  Intl.DateTimeFormat = class extends RealDateTimeFormat {
    constructor(...args: ConstructorParameters<typeof RealDateTimeFormat>) {
      super(...args);
      built.dates++;
    }
  } as typeof Intl.DateTimeFormat;
  Intl.NumberFormat = class extends RealNumberFormat {
    constructor(...args: ConstructorParameters<typeof RealNumberFormat>) {
      super(...args);
      built.numbers++;
    }
  } as typeof Intl.NumberFormat;
  return built;
}

afterEach(() => {
  vi.unstubAllGlobals();
  Intl.DateTimeFormat = RealDateTimeFormat;
  Intl.NumberFormat = RealNumberFormat;
});

describe("firstPaintFormatting and seedFormatting", () => {
  it("lets the browser say exactly what the server said without building a formatter", async () => {
    const server = await freshModules();
    const formatted = server.firstPaintFormatting(WALLET, DISPLAY, NOW, EN);
    const worded = { ...DISPLAY, t: server.seededTranslate(DISPLAY.locale, EN) };
    const said = server.describeCoupon(QZX30JQLIC, worded, NOW);
    const banner = server.formatAsOf(WALLET.fetchedAt, NOW, worded);
    expect(said.expiry.absolute).toMatch(/PDT|GMT-7/);

    vi.stubGlobal("window", {});
    const browser = await freshModules();
    const built = countFormattersBuilt();
    browser.seedFormatting(formatted);
    let translated = 0;
    const counted = {
      ...DISPLAY,
      t: browser.seededTranslate(DISPLAY.locale, (key, values) => (translated++, EN(key, values))),
    };
    expect(browser.describeCoupon(QZX30JQLIC, counted, NOW)).toEqual(said);
    expect(browser.formatAsOf(WALLET.fetchedAt, NOW, counted)).toBe(banner);
    expect(built).toEqual({ dates: 0, numbers: 0 });
    expect(translated).toBe(0);

    // Anything the first paint did not show is formatted as usual.
    const other = makeCoupon({ id: "9", code: "OTHER", validTill: "2025-07-01T10:00:00Z" });
    expect(browser.describeCoupon(other, counted, NOW).expiry.absolute).toContain("2025");
    expect(built.dates).toBeGreaterThan(0);
    expect(translated).toBeGreaterThan(0);
  });

  it("covers the opening tab's whole first page: the cards after the first paint's render without a tap", async () => {
    // Each expires on its own day, so no two cards share a formatted text.
    const active = Array.from({ length: WALLET_PAGE_SIZE + 1 }, (_, i) =>
      makeCoupon({ validTill: new Date(NOW + (i + 2) * 86_400_000).toISOString() }),
    );
    const wallet: WalletData = { coupons: active, fetchedAt: WALLET.fetchedAt };
    const server = await freshModules();
    const formatted = server.firstPaintFormatting(wallet, DISPLAY, NOW, EN);

    vi.stubGlobal("window", {});
    const browser = await freshModules();
    browser.seedFormatting(formatted);
    const built = countFormattersBuilt();
    const worded = { ...DISPLAY, t: browser.seededTranslate(DISPLAY.locale, EN) };
    const byExpiry = [...active].sort((a, b) => a.validTill!.localeCompare(b.validTill!));
    expect(FIRST_PAINT_CARDS).toBeLessThan(WALLET_PAGE_SIZE);
    for (const coupon of byExpiry.slice(0, WALLET_PAGE_SIZE)) browser.describeCoupon(coupon, worded, NOW);
    expect(built).toEqual({ dates: 0, numbers: 0 });
    // The next page waits for "Show more", a tap: formatted then.
    browser.describeCoupon(byExpiry[WALLET_PAGE_SIZE]!, worded, NOW);
    expect(built.dates).toBeGreaterThan(0);
  });

  it("keys the seeds by locale: a page in Hindi never answers with the English first paint", async () => {
    const server = await freshModules();
    const formatted = server.firstPaintFormatting(WALLET, DISPLAY, NOW, EN);
    vi.stubGlobal("window", {});
    const browser = await freshModules();
    browser.seedFormatting(formatted);
    const hindi = { ...DISPLAY, locale: "hi-IN" };
    const said = browser.describeCoupon(
      QZX30JQLIC,
      { ...hindi, t: browser.seededTranslate(hindi.locale, translatorFor("hi")) },
      NOW,
    );
    expect(said.uses).not.toBe("4 uses left");
    expect(said.expiry.relative).not.toMatch(/expires/);
  });

  it("never seeds the server itself (it would only grow)", async () => {
    const server = await freshModules();
    const formatted = server.firstPaintFormatting(WALLET, DISPLAY, NOW, EN);
    const built = countFormattersBuilt();
    server.seedFormatting(formatted);
    vi.resetModules();
    const again = await freshModules();
    again.seedFormatting(formatted);
    again.describeCoupon(QZX30JQLIC, { ...DISPLAY, t: again.seededTranslate(DISPLAY.locale, EN) }, NOW);
    expect(built.dates).toBeGreaterThan(0);
  });
});
