// Capillary's own example responses, through the real client and the domain functions, pinned as what a
// shopper and a member of staff read. A stand-in serves the docs' examples verbatim (no emulator), so the
// app's reading is checked against Capillary's words, not against our own assumptions.
import { EN } from "@/lib/shared/i18n/test-translate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCapillaryClient, withSeries, type CapillaryClient } from "@/lib/capillary";
import { startDocsCapillary, testConfig, type Stub } from "@/lib/capillary/test-support";
import type { Coupon, SeriesSummary } from "@/lib/capillary";
import { describeCoupon, groupWallet } from "@/lib/shared/coupons";
import { checkCodesForStaff } from "@/lib/server/staff/check-codes";
import { verdictLabel } from "@/lib/shared/staff/verdict";
import { formatAbsolute, parseInstant } from "@/lib/shared/coupons";

/** A moment when the docs' examples hold every state: QZX30JQLIC has four days left. */
const NOW = Date.parse("2025-05-25T12:00:00Z");
const SHOPPER = { locale: "en-IN", currency: "INR", timeZone: "Asia/Kolkata", t: EN };

let stub: Stub;
let capillary: CapillaryClient;
beforeAll(async () => {
  stub = await startDocsCapillary();
  capillary = createCapillaryClient(testConfig(stub.baseUrl, { maxRetries: 0 }), {
    logger: () => {},
  });
});
afterAll(async () => {
  await capillary.close();
  await stub.close();
});

function tabOf(coupon: Coupon): string {
  const view = groupWallet([coupon], NOW);
  return view.active.length ? "Active" : view.used.length ? "Used" : "Expired";
}

/** One line per coupon: what the card says. */
function shopperRow(source: string, coupon: Coupon): string {
  const t = describeCoupon(coupon, SHOPPER, NOW);
  return [
    source,
    coupon.code,
    `${t.status} → ${tabOf(coupon)}`,
    t.value,
    t.uses,
    t.expiry.absolute,
    t.conditions.join("; ") || "—",
  ].join(" | ");
}

async function seriesFor(ids: string[]): Promise<Map<string, SeriesSummary>> {
  const fromApi = await capillary.getCouponSeries(ids);
  // Series the series examples lack are embedded in the per-customer examples (345635529's 68579, 68377).
  for (const customer of ["345635529", "565032176", "343040815"]) {
    for (const coupon of await capillary.listCustomerCoupons(customer)) {
      if (!fromApi.has(coupon.seriesId)) fromApi.set(coupon.seriesId, coupon.series);
    }
  }
  return fromApi;
}

const SHOPPER_TABLE = `
customer | code | status → tab | value | uses | expiry (IST) | conditions
343040815 | ER07BCJ8 | expired → Expired | 10% off | Single use | 18 May 2020, 11:59 pm IST | Off the whole bill; Not valid on discounted items
343040815 | H306ORH2 | expired → Expired | 10% off | Single use | 18 May 2020, 11:59 pm IST | Off the whole bill; Not valid on discounted items
345635529 | tt6wzp7xnw | expired → Expired | ₹10 off | Single use | 1 Nov 2024, 5:29 am IST | Off the whole bill; Not valid on discounted items
345635529 | ziwy7lzgw8 | expired → Expired | ₹10 off | Single use | 1 Nov 2024, 5:29 am IST | Off the whole bill; Not valid on discounted items
345635529 | hu1dh75hny | expired → Expired | ₹10 off | Single use | 1 Nov 2024, 5:29 am IST | Off the whole bill; Not valid on discounted items
345635529 | vmqvzcvymt | expired → Expired | ₹10 off | Single use | 1 Nov 2024, 5:29 am IST | Off the whole bill; Not valid on discounted items
345635529 | x6wqg8kb01 | expired → Expired | ₹10 off | Single use | 1 Nov 2024, 5:29 am IST | Off the whole bill; Not valid on discounted items
345635529 | oo8hf7divr | expired → Expired | ₹10 off | Single use | 1 Nov 2024, 5:29 am IST | Off the whole bill; Not valid on discounted items
345635529 | w2jjud9yrguaprdur52o | expired → Expired | ₹10 off | Single use | 10 Oct 2024, 5:29 am IST | Off the whole bill; Not valid on discounted items
565032176 | QZX30JQLIC | active → Active | ₹1,000 off | 4 uses left | 30 May 2025, 5:29 am IST | Minimum bill ₹100; Maximum bill ₹20,000; Off the whole bill; Valid on discounted items; Up to 4 uses per person
565032176 | GIJSGIZA3P | active → Active | ₹1,000 off | 4 uses left | 30 May 2025, 5:29 am IST | Minimum bill ₹100; Maximum bill ₹20,000; Off the whole bill; Valid on discounted items; Up to 4 uses per person
565032176 | W9Z584RUW6 | active → Active | ₹1,000 off | 4 uses left | 30 May 2025, 5:29 am IST | Minimum bill ₹100; Maximum bill ₹20,000; Off the whole bill; Valid on discounted items; Up to 4 uses per person
565032176 | 7BU2JOYZZR | active → Active | ₹1,000 off | 4 uses left | 30 May 2025, 5:29 am IST | Minimum bill ₹100; Maximum bill ₹20,000; Off the whole bill; Valid on discounted items; Up to 4 uses per person
list 565039504 | 0211706970002385 | used → Used | ₹500 off | No uses left | 12 Jun 2026, 5:29 am IST | —
list 565039504 | 3ELN50QRLCKGW5S6 | used → Used | 12% off, up to ₹12 | No uses left | 17 Jun 2032, 5:29 am IST | —
list 565039504 | UHI3T4V98MRGP0G0 | active → Active | ₹200 off | Uses not stated | 12 Jun 2025, 5:29 am IST | —
list 345635529 | tt6wzp7xnw | expired → Expired | ₹10 off | Single use | 1 Nov 2024, 5:29 am IST | Off the whole bill; Not valid on discounted items
list 345635529 | ziwy7lzgw8 | expired → Expired | ₹10 off | Single use | 1 Nov 2024, 5:29 am IST | Off the whole bill; Not valid on discounted items
list 345635529 | hu1dh75hny | expired → Expired | ₹10 off | Single use | 1 Nov 2024, 5:29 am IST | Off the whole bill; Not valid on discounted items
list 345635529 | vmqvzcvymt | expired → Expired | ₹10 off | Single use | 1 Nov 2024, 5:29 am IST | Off the whole bill; Not valid on discounted items
list 345635529 | x6wqg8kb01 | expired → Expired | ₹10 off | Single use | 1 Nov 2024, 5:29 am IST | Off the whole bill; Not valid on discounted items
list 345635529 | oo8hf7divr | expired → Expired | ₹10 off | Single use | 1 Nov 2024, 5:29 am IST | Off the whole bill; Not valid on discounted items
list 345635529 | w2jjud9yrguaprdur52o | expired → Expired | ₹10 off | Single use | 10 Oct 2024, 5:29 am IST | Off the whole bill; Not valid on discounted items
list 591985779 | 843411 | active → Active | ₹0 off | 1 use left | 18 Jul 2026, 11:59 pm IST | —
`;

const STAFF_TABLE = `
case | code | verdict | expiry (IST) | last redemption | uses from v2
UPPER | WL2ZBJZK | Valid | 8 Mar 2122, 11:59 pm IST | — | not_listed
UPPER | PT4I43YN | Used before: check uses | 10 Jul 2119, 11:59 pm IST | bill ZDCsddfg at store bukl.till, till bukl.till, by Anjaney Vatsal | not_listed
LOWER | wl2zbjzk | Valid | 8 Mar 2122, 11:59 pm IST | — | not_listed
LOWER | pt4i43yn | Used before: check uses | 10 Jul 2119, 11:59 pm IST | bill ZDCsddfg at store bukl.till, till bukl.till, by Anjaney Vatsal | not_listed
`;

const table = (header: string, rows: string[]) => `\n${[header, ...rows].join("\n")}\n`;

describe("the docs' examples, as a shopper reads them (Asia/Kolkata, 25 May 2025 17:30)", () => {
  it("per-customer coupons and the paginated list read as the table says", async () => {
    const rows: string[] = [];
    for (const customer of ["343040815", "345635529", "565032176"]) {
      for (const coupon of await capillary.listCustomerCoupons(customer))
        rows.push(shopperRow(customer, coupon));
    }
    const series = await seriesFor(["840067", "794088", "686692", "68579", "68377", "331412"]);
    for (const customer of ["565039504", "345635529", "591985779"]) {
      const page = await capillary.listCouponPage({ customerId: customer });
      for (const listed of page.coupons)
        rows.push(shopperRow(`list ${customer}`, withSeries(listed, series.get(listed.seriesId))));
    }
    expect(table("customer | code | status → tab | value | uses | expiry (IST) | conditions", rows)).toBe(
      SHOPPER_TABLE,
    );
  });
});

describe("the docs' v1.1 examples, as staff read them", () => {
  it("WL2ZBJZK and PT4I43YN, asked in upper case under UPPER and LOWER, read as the table says", async () => {
    const rows: string[] = [];
    for (const codeCase of ["UPPER", "LOWER"] as const) {
      const { results } = await checkCodesForStaff(
        { codes: ["WL2ZBJZK", "PT4I43YN"], codeCase },
        new Date(NOW),
        capillary,
      );
      for (const { check, facts, factsMissing, verdict } of results) {
        const found = check.kind === "found" ? check : null;
        const till = parseInstant(facts?.validTill ?? found?.validTill);
        const r = found?.redemption;
        rows.push(
          [
            codeCase,
            check.code,
            verdictLabel(verdict, EN),
            till === null ? "—" : formatAbsolute(till, SHOPPER).text,
            r
              ? `bill ${r.billNumber} at store ${r.store?.name}, till ${r.till?.code}, by ${r.redeemedBy}`
              : "—",
            factsMissing ?? "facts",
          ].join(" | "),
        );
      }
    }
    expect(table("case | code | verdict | expiry (IST) | last redemption | uses from v2", rows)).toBe(
      STAFF_TABLE,
    );
  });
});

/** The docs' README lists the quirks of these examples; each has a test here that names it. */
describe("the docs' README quirks", () => {
  const customerCoupons = (id: string) => capillary.listCustomerCoupons(id);

  it("dates come with different offsets (Z, +05:30); v1.1 uses DD-MM-YYYY for valid_till and zone-less YYYY-MM-DD HH:MM:SS elsewhere", async () => {
    const [qzx] = await customerCoupons("565032176");
    const [er] = await customerCoupons("343040815");
    expect(qzx!.validTill).toBe("2025-05-29T23:59:59Z");
    expect(er!.validTill).toBe("2020-05-18T23:59:59+05:30");
    const [wl] = await capillary.checkCouponCodes({ codes: ["WL2ZBJZK"] });
    // "08-03-2122" is a whole day in the org's zone; "2022-05-30 18:10:48" a wall time there.
    expect(wl).toMatchObject({
      validTill: "2122-03-08T23:59:59+05:30",
      validFrom: "2022-05-30T18:10:48+05:30",
    });
  });

  it("-1 means no limit or all (maxRedeem, store lists [-1]); maxBillAmount 9007199254740991 means no maximum; discountUpto 0 means no cap", async () => {
    const [er] = await customerCoupons("343040815");
    expect(er!.series.conditions).toMatchObject({ stores: null, maxBillAmount: null, daysOfWeek: null });
    expect(er!.discount.cap).toBeNull();
  });

  it("redemptionsLeft: -1 alone does not mean unlimited: 343040815's -1 with isMultipleUseAllowed false and 345635529's 1 are both single use", async () => {
    const [er] = await customerCoupons("343040815");
    const [tt] = await customerCoupons("345635529");
    expect(er!.uses).toEqual({ kind: "counted", left: 1, of: 1 });
    expect(tt!.uses).toEqual({ kind: "counted", left: 1, of: 1 });
    expect(describeCoupon(er!, SHOPPER, NOW).uses).toBe("Single use");
    // Once redeemed, such a coupon still sends -1: it moves to Used, and "Show at till" goes with it.
    const redeemed = { ...er!, redeemed: true, uses: { kind: "counted", left: 0, of: 1 } as const };
    expect(tabOf({ ...redeemed, validTill: "2030-01-01T00:00:00Z" })).toBe("Used");
  });

  it("v1.1's redemption_info says a coupon was redeemed before, not that it is used up", async () => {
    const { results } = await checkCodesForStaff(
      { codes: ["PT4I43YN"], codeCase: "UPPER" },
      new Date(NOW),
      capillary,
    );
    expect(results[0]!.check).toMatchObject({ kind: "found", redemption: { billNumber: "ZDCsddfg" } });
    expect(results[0]!.verdict).not.toBe("redeemed");
  });

  it("redemptionRange, storeIdsJson, redeemAtStore and mutualExclusiveSeriesIds are JSON inside strings, with numbers quoted", async () => {
    const series = await capillary.getCouponSeries(["520591"]);
    expect(series.get("520591")!.conditions).toMatchObject({ daysOfMonth: [1], daysOfWeek: [1], hours: [1] });
  });

  it("v1.1 sends booleans and ids as strings, id -1 with item_status 705 for an unknown code, and coupon_code_case changes which codes match", async () => {
    const lower = await capillary.checkCouponCodes({ codes: ["WL2ZBJZK", "PT4I43YN"], codeCase: "LOWER" });
    // The LOWER example answers both a found `wl2zbjzk` and a 705 `WL2ZBJZK`: the found one is the answer.
    expect(lower.map((c) => [c.kind, c.code])).toEqual([
      ["found", "wl2zbjzk"],
      ["found", "pt4i43yn"],
    ]);
    expect(lower[0]).toMatchObject({ couponId: "454473807", discount: { kind: "ABSOLUTE", value: 10 } });
  });

  it("the deprecated boolean discountType on a coupon is not the string discountType on its series: couponDiscountType decides", async () => {
    const [er] = await customerCoupons("343040815");
    expect(er!.discount).toEqual({ kind: "PERCENT", value: 10, cap: null });
  });

  it("the host is configuration: every call went to the configured host, none to the docs' EU cluster", () => {
    expect(stub.requests.length).toBeGreaterThan(0);
    expect(stub.requests.every((r) => !r.url.includes("capillarytech.com"))).toBe(true);
  });
});

describe("the paginated list's quirks (next-endpoints §1)", () => {
  it("pagination limit and offset arrive as strings, total as a number", async () => {
    expect(await capillary.listCouponPage({ customerId: "565039504" })).toMatchObject({
      limit: 100,
      offset: 0,
      total: 23,
    });
  });

  it("validTill is the expiry date at midnight; without validTillDateTime it means the end of that day", async () => {
    const [listed] = (await capillary.listCouponPage({ customerId: "345635529" })).coupons;
    const [direct] = await capillary.listCustomerCoupons("345635529");
    expect(listed!.validTill).toBe("2024-10-31T23:59:59Z");
    expect(listed!.validTill).toBe(direct!.validTill);
  });

  it("createdDate is local time labelled UTC in the EU examples: createdDateISO is read", async () => {
    const [first] = (await capillary.listCouponPage({ customerId: "565039504" })).coupons;
    expect(first!.issuedOn).toBe("2025-08-19T11:22:11Z");
    expect(first!.redemptions[0]!.redeemedAt).toBe("2025-08-19T11:22:30Z");
  });

  it("a reversed redemption gives the use back and is listed apart", async () => {
    const [seat] = (await capillary.listCouponPage({ customerId: "591985779" })).coupons;
    expect(seat!.redemptions).toEqual([]);
    expect(seat!.reversedRedemptions).toHaveLength(1);
    expect(withSeries(seat!, undefined).uses).toEqual({ kind: "counted", left: 1, of: null });
  });

  it("the bill that issued a coupon is kept apart from the bills it was redeemed on ('0' = none)", async () => {
    const [first] = (await capillary.listCouponPage({ customerId: "565039504" })).coupons;
    expect(first!.issuingTransaction).toBeNull();
    expect(first!.redemptions[0]!.billNumber).toBe("12121212");
  });
});
