// Every docs example is served verbatim, through real HTTP, with OAuth and with Basic auth.
import { describe, expect, it } from "vitest";
import { FIXTURE_FILES, loadFixture } from "./data/fixtures";
import { type Harness, type Json, withEmulator } from "./test-helpers";

// The test vector from beyond-the-seeds: store.server / server123.
const DOCS_BASIC = "Basic c3RvcmUuc2VydmVyOjhhMTZhNmI3MDUwNWViMWYxZmY3Y2RjMGNkNTU1OWE3";

const CASES: Array<[string, string]> = [
  ["/v2/customers/565032176/coupons", FIXTURE_FILES.coupons565032176],
  ["/v2/customers/343040815/coupons", FIXTURE_FILES.coupons343040815],
  ["/v2/customers/345635529/coupons?coupon_code_case=LOWER", FIXTURE_FILES.coupons345635529Lower],
  ["/v2/coupon/series?ids=520591", FIXTURE_FILES.series520591],
  ["/v2/coupon/series?ids=698948", FIXTURE_FILES.series698948],
  ["/v1.1/coupon/get?issuedToIds=98662653&code=WL2ZBJZK,PT4I43YN", FIXTURE_FILES.couponGetUpper],
  // Not the LOWER example: it answers 705 for an upper-case spelling, while the same page says the query is
  // not case sensitive. The emulator follows the sentence; the app's tests read the example itself.
];

function suite(name: string, h: Harness, headers: () => Promise<Record<string, string>>) {
  describe(name, () => {
    it.each(CASES)("%s is the fixture %s, verbatim", async (path, file) => {
      const res = await h.get(path, await headers());
      expect(res.status).toBe(200);
      expect(res.body).toStrictEqual(loadFixture(file));
      expect(res.headers.get("x-cap-requestid")).toMatch(/^[0-9a-f]{32}$/);
    });
  });
}

const h = withEmulator({ basic: { username: "store.server", password: "server123" } });
suite("with OAuth", h, async () => ({ "X-CAP-API-OAUTH-TOKEN": await h.token() }));
suite("with Basic (docs test vector)", h, async () => ({ Authorization: DOCS_BASIC }));

describe("fixture consistency", () => {
  it("the LOWER v1.1 example is the UPPER one with lower-cased codes plus two 705 items", () => {
    const upper = loadFixture<Json>(FIXTURE_FILES.couponGetUpper).response.coupons.coupon;
    const lower = loadFixture<Json>(FIXTURE_FILES.couponGetLowerMixed).response.coupons.coupon;
    expect(lower[0]).toStrictEqual({ ...upper[0], code: "wl2zbjzk" });
    expect(lower[3]).toStrictEqual({ ...upper[1], code: "pt4i43yn" });
  });

  it("LOWER finds the docs' codes in any spelling and writes them in lower case", async () => {
    const res = await h.authed(
      "/v1.1/coupon/get?issuedToIds=98662653&code=WL2ZBJZK,pt4i43yn&coupon_code_case=LOWER",
    );
    const lower = loadFixture<Json>(FIXTURE_FILES.couponGetLowerMixed).response.coupons.coupon;
    expect(res.body.response.coupons.coupon).toStrictEqual([lower[0], lower[3]]);
  });

  it("serves both docs series at once, in request order", async () => {
    const res = await h.authed("/v2/coupon/series?ids=698948,520591");
    const a = loadFixture<Json>(FIXTURE_FILES.series698948).entity[0];
    const b = loadFixture<Json>(FIXTURE_FILES.series520591).entity[0];
    expect(res.body).toStrictEqual({ entity: [a, b], warnings: [] });
  });
});
