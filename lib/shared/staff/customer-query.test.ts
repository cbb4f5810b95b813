import { describe, expect, it } from "vitest";
import { exactCustomerQuery, guessCustomerQueries, normaliseCustomerQuery } from "./customer-query";

describe("guessCustomerQueries", () => {
  it("reads a 9-digit number as a customer id first", () => {
    expect(guessCustomerQueries("565032176")[0]).toEqual({ by: "id", value: "565032176" });
  });
  it("reads a 10-digit number as a mobile with the country code, then a card", () => {
    expect(guessCustomerQueries("90000 00001").slice(0, 2)).toEqual([
      { by: "mobile", value: "919000000001" },
      { by: "cardNumber", value: "9000000001" },
    ]);
  });
  it("reads +country numbers as a mobile only", () => {
    expect(guessCustomerQueries("+91 90000-00001")).toEqual([{ by: "mobile", value: "919000000001" }]);
  });
  it("reads an e-mail, lower-cased", () => {
    expect(guessCustomerQueries(" Asha.Rao@Example.com")[0]).toEqual({
      by: "email",
      value: "asha.rao@example.com",
    });
  });
  it("reads letters and digits as an external id, then a card", () => {
    expect(guessCustomerQueries("ASHA001")).toEqual([
      { by: "externalId", value: "ASHA001" },
      { by: "cardNumber", value: "ASHA001" },
    ]);
  });
  it("does not offer an id with a leading zero", () => {
    expect(guessCustomerQueries("0123").map((q) => q.by)).toEqual(["cardNumber", "externalId"]);
  });
  it("gives nothing for blank input", () => {
    expect(guessCustomerQueries("  ")).toEqual([]);
  });
});

describe("exactCustomerQuery (what the routes take)", () => {
  it.each([
    ["id", "565032176", "565032176"],
    ["mobile", "9000000001", "919000000001"],
    ["email", "ASHA.RAO@example.com", "asha.rao@example.com"],
    ["externalId", "ASHA001", "ASHA001"],
    ["cardNumber", "7000000001", "7000000001"],
  ] as const)("accepts %s %s", (by, raw, value) => {
    expect(exactCustomerQuery(by, raw)).toEqual({ by, value });
  });
  it.each([
    ["id", ""],
    ["id", "-1"],
    ["id", "abc"],
    ["id", "0"],
    ["id", "1.5"],
    ["id", "12345678901234567890"],
    ["mobile", "12"],
    ["email", "x"],
    ["externalId", "x".repeat(65)],
    ["cardNumber", "\u0000"],
  ] as const)("refuses %s %j", (by, raw) => {
    expect(exactCustomerQuery(by, raw)).toBeNull();
  });
  it("takes an id only exactly as a Capillary id is written", () => {
    for (const id of [" 565032176", "565032176 ", "+565032176", "0565032176"]) {
      expect(exactCustomerQuery("id", id)).toBeNull();
    }
  });
  it("never normalises an id into a different customer", () => {
    expect(normaliseCustomerQuery("id", " 565032176 ")).toEqual({ by: "id", value: "565032176" });
    expect(normaliseCustomerQuery("id", "0565032176")).toBeNull();
  });
});

describe("look-alike characters", () => {
  it.each([
    ["id", "１２３"],
    ["id", "١٢٣"],
    ["mobile", "９１９０００００００01"],
    ["cardNumber", "７０００"],
    ["email", "asha@exаmple.com"],
  ] as const)("refuses %s %s instead of mapping it", (by, value) => {
    expect(normaliseCustomerQuery(by, value)).toBeNull();
  });
});
