import { describe, expect, it } from "vitest";
import { QZX30JQLIC } from "@/lib/shared/coupons/test-coupon";
import { describeCoupon } from "@/lib/shared/coupons/describe-coupon";
import { EN } from "@/lib/shared/i18n/test-translate";
import { loadCardWording, seededTexts, serverTexts } from "./use-coupon-texts";

const NOW = Date.parse("2025-05-25T12:00:00Z");
const DISPLAY = { locale: "en-IN", currency: "INR", timeZone: "America/Los_Angeles" };
const SAID = describeCoupon(QZX30JQLIC, { ...DISPLAY, t: EN }, NOW);

/** The server's texts as the page takes them, for the coupon it hydrates with. */
const server = () => serverTexts({ [QZX30JQLIC.id]: SAID }, { now: NOW, ...DISPLAY }, [QZX30JQLIC]);

describe("seededTexts", () => {
  it("answers with the server's texts for the coupon it worded, at its moment, in its settings", () => {
    expect(seededTexts(server(), QZX30JQLIC, DISPLAY, NOW)).toEqual({ texts: SAID, current: true });
  });

  it("keeps them only as a stand-in once the minute, the zone, the language or the coupon changes", () => {
    const said = server();
    const stale = { texts: SAID, current: false };
    expect(seededTexts(said, QZX30JQLIC, DISPLAY, NOW + 60_000)).toEqual(stale);
    expect(seededTexts(said, QZX30JQLIC, { ...DISPLAY, timeZone: "Asia/Kolkata" }, NOW)).toEqual(stale);
    expect(seededTexts(said, QZX30JQLIC, { ...DISPLAY, locale: "hi-IN" }, NOW)).toEqual(stale);
    // A refetch brings a new object, which may say something else (a use spent at the till, say).
    expect(seededTexts(said, { ...QZX30JQLIC }, DISPLAY, NOW)).toEqual(stale);
  });

  it("has nothing for a coupon the server did not word, or one the page's wallet does not hold", () => {
    expect(seededTexts(server(), { ...QZX30JQLIC, id: "another" }, DISPLAY, NOW)).toBeNull();
    const notInWallet = serverTexts({ [QZX30JQLIC.id]: SAID }, { now: NOW, ...DISPLAY }, []);
    expect(seededTexts(notInWallet, QZX30JQLIC, DISPLAY, NOW)).toBeNull();
  });
});

describe("loadCardWording", () => {
  it("loads describeCoupon once", async () => {
    const first = loadCardWording();
    expect(loadCardWording()).toBe(first);
    const describe = await first;
    expect(describe(QZX30JQLIC, { ...DISPLAY, t: EN }, NOW)).toEqual(SAID);
  });
});
