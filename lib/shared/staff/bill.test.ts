import { describe, expect, it } from "vitest";
import { parseBill } from "./bill";

describe("parseBill", () => {
  it("accepts a printed bill number and an amount with up to two decimals", () => {
    expect(parseBill(" INV-2026/0042 ", "1499.50", 100_000)).toEqual({
      ok: true,
      bill: { billNumber: "INV-2026/0042", billAmount: "1499.50" },
    });
    expect(parseBill("7", 250, 100_000)).toEqual({ ok: true, bill: { billNumber: "7", billAmount: "250" } });
  });

  it.each([
    ["", "billNumber"],
    ["x".repeat(51), "billNumber"],
    ["bill\nnumber", "billNumber"],
    ["बिल", "billNumber"],
    [42, "billNumber"],
  ])("refuses the bill number %j", (billNumber, field) => {
    expect(parseBill(billNumber, "10", 1000)).toMatchObject({ ok: false, field });
  });

  it.each(["0", "-5", "1.234", "1e3", "", " ", "12,50", "NaN", "Infinity", "1001"])(
    "refuses the amount %j",
    (amount) => {
      expect(parseBill("B1", amount, 1000)).toMatchObject({ ok: false, field: "billAmount" });
    },
  );
});
