import { describe, expect, it } from "vitest";
import { withEmulator } from "./test-helpers";

const h = withEmulator();
const lookup = (name: string, value: string, details = false) =>
  h.authed(
    `/v2/customers/lookup${details ? "/customerDetails" : ""}?source=INSTORE&identifierName=${name}&identifierValue=${encodeURIComponent(value)}`,
  );

describe("GET /v2/customers/lookup", () => {
  it.each([
    ["mobile", "919000000001"],
    ["mobile", "+91 90000 00001"],
    ["MOBILE", "+919000000001"],
    ["email", "asha.rao@example.com"],
    ["email", "ASHA.Rao@Example.COM"],
    ["externalId", "ASHA001"],
    ["externalid", "ASHA001"],
    ["cardnumber", "7000000001"],
  ])("%s=%s finds Asha", async (name, value) => {
    const res = await lookup(name, value);
    expect(res.status).toBe(200);
    expect(res.body).toStrictEqual({ entity: 500000001, warnings: [] });
  });

  it("finds the docs customer by the mobile in the v1.1 example, with or without 91", async () => {
    expect((await lookup("mobile", "9988776655")).body.entity).toBe(98662653);
    expect((await lookup("mobile", "919988776655")).body.entity).toBe(98662653);
  });

  it("finds bulk customers by every identifier", async () => {
    expect((await lookup("mobile", "918000001000")).body.entity).toBe(900001000);
    expect((await lookup("email", "bulk42@example.com")).body.entity).toBe(900000042);
    expect((await lookup("externalId", "BULK7")).body.entity).toBe(900000007);
    expect((await lookup("cardnumber", "8000020000")).body.entity).toBe(900020000);
    expect((await lookup("mobile", "918000020001")).status).toBe(404);
  });

  it("404 with code 8015 when nobody matches", async () => {
    const res = await lookup("mobile", "917777777777");
    expect(res.status).toBe(404);
    expect(res.body).toStrictEqual({
      errors: [{ status: false, code: 8015, message: "CUSTOMER_NOT_FOUND: Customer not found" }],
      warnings: [],
    });
    expect((await lookup("externalId", "asha001")).status).toBe(404);
  });

  it("400 for an unknown identifierName or an empty value", async () => {
    expect((await lookup("phone", "919000000001")).status).toBe(400);
    expect((await lookup("mobile", " ")).status).toBe(400);
  });
});

describe("customer profiles", () => {
  const ASHA = {
    id: 500000001,
    profiles: [
      {
        firstName: "Asha",
        lastName: "Rao",
        source: "INSTORE",
        identifiers: [
          { type: "mobile", value: "919000000001" },
          { type: "email", value: "asha.rao@example.com" },
          { type: "externalId", value: "ASHA001" },
          { type: "cardnumber", value: "7000000001" },
        ],
        fields: {},
      },
    ],
    loyaltyInfo: { loyaltyType: "loyalty" },
    extendedFields: {},
  };

  it("customerDetails and /v2/customers/{id} return the same profile, by id unwrapped as the docs show", async () => {
    const details = await lookup("mobile", "919000000001", true);
    expect(details.body).toStrictEqual({ entity: ASHA, warnings: [] });
    const byId = await h.authed("/v2/customers/500000001?source=INSTORE");
    expect(byId.body).toStrictEqual({ ...ASHA, warnings: [] });
  });

  it("docs customers have minimal profiles, with a demo mobile to sign in with", async () => {
    const res = await h.authed("/v2/customers/565032176");
    expect(res.body.profiles[0]).toMatchObject({
      firstName: "",
      lastName: "",
      identifiers: [{ type: "mobile", value: "919100000001" }],
    });
    const byMobile = await h.authed(
      "/v2/customers/lookup?source=INSTORE&identifierName=mobile&identifierValue=919100000002",
    );
    expect(byMobile.body.entity).toBe(343040815);
    const anjaney = await h.authed("/v2/customers/98662653");
    expect(anjaney.body.profiles[0]).toMatchObject({
      firstName: "Anjaney",
      lastName: "Vatsal",
      identifiers: [{ type: "mobile", value: "9988776655" }],
    });
  });

  it("404 / 400 by id", async () => {
    expect((await h.authed("/v2/customers/42")).status).toBe(404);
    expect((await h.authed("/v2/customers/x42")).body.errors[0]).toMatchObject({
      code: 8003,
      message: expect.stringMatching(/^INVALID_CUSTOMER_ID: /),
    });
  });
});
