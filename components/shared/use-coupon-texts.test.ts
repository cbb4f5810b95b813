import { afterEach, describe, expect, it, vi } from "vitest";
import { QZX30JQLIC } from "@/lib/shared/coupons/test-coupon";
import { describeCoupon } from "@/lib/shared/coupons/describe-coupon";
import { EN } from "@/lib/shared/i18n/test-translate";

const NOW = Date.parse("2025-05-25T12:00:00Z");
const DISPLAY = { locale: "en-IN", currency: "INR", timeZone: "America/Los_Angeles" };
const SAID = describeCoupon(QZX30JQLIC, { ...DISPLAY, t: EN }, NOW);

/** The module as a browser tab starts with it, the server's texts taken for the coupon it hydrates with. */
async function browserTab() {
  vi.resetModules();
  vi.stubGlobal("window", {});
  const texts = await import("./use-coupon-texts");
  texts.seedCouponTexts({ [QZX30JQLIC.id]: SAID }, { now: NOW, ...DISPLAY }, [QZX30JQLIC]);
  return texts;
}

afterEach(() => vi.unstubAllGlobals());

describe("seededTexts", () => {
  it("answers with the server's texts for the coupon it worded, at its moment, in its settings", async () => {
    const { seededTexts } = await browserTab();
    expect(seededTexts(QZX30JQLIC, DISPLAY, NOW)).toEqual({ texts: SAID, current: true });
  });

  it("keeps them only as a stand-in once the minute, the zone, the language or the coupon changes", async () => {
    const { seededTexts } = await browserTab();
    const stale = { texts: SAID, current: false };
    expect(seededTexts(QZX30JQLIC, DISPLAY, NOW + 60_000)).toEqual(stale);
    expect(seededTexts(QZX30JQLIC, { ...DISPLAY, timeZone: "Asia/Kolkata" }, NOW)).toEqual(stale);
    expect(seededTexts(QZX30JQLIC, { ...DISPLAY, locale: "hi-IN" }, NOW)).toEqual(stale);
    // A refetch brings a new object, which may say something else (a use spent at the till, say).
    expect(seededTexts({ ...QZX30JQLIC }, DISPLAY, NOW)).toEqual(stale);
  });

  it("has nothing for a coupon the server did not word", async () => {
    const { seededTexts } = await browserTab();
    expect(seededTexts({ ...QZX30JQLIC, id: "another" }, DISPLAY, NOW)).toBeNull();
  });

  it("never seeds on the server, where one request's texts would answer another's", async () => {
    vi.resetModules();
    const { seedCouponTexts, seededTexts } = await import("./use-coupon-texts");
    seedCouponTexts({ [QZX30JQLIC.id]: SAID }, { now: NOW, ...DISPLAY }, [QZX30JQLIC]);
    expect(seededTexts(QZX30JQLIC, DISPLAY, NOW)).toBeNull();
  });
});

describe("loadCardWording", () => {
  it("loads describeCoupon once", async () => {
    const { loadCardWording } = await browserTab();
    const first = loadCardWording();
    expect(loadCardWording()).toBe(first);
    const describe = await first;
    expect(describe(QZX30JQLIC, { ...DISPLAY, t: EN }, NOW)).toEqual(SAID);
  });
});
