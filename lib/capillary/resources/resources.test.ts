import { afterEach, describe, expect, it } from "vitest";

import { createCapillaryClient, type CapillaryClient } from "../index";
import { batchSeriesIds } from "./series";
import {
  captureLogs,
  readFixture,
  startStub,
  testConfig,
  type SeenRequest,
  type Stub,
  type StubReply,
} from "../test-support";

let stub: Stub | undefined;
let client: CapillaryClient | undefined;
afterEach(async () => {
  await client?.close();
  await stub?.close();
  client = undefined;
  stub = undefined;
});

async function setup(reply: (request: SeenRequest, index: number) => StubReply) {
  stub = await startStub(reply);
  const logs = captureLogs();
  client = createCapillaryClient(
    testConfig(stub.baseUrl, { auth: { kind: "basic", username: "till", password: "pw" } }),
    { logger: logs.logger, retryBaseDelayMs: 1, sleep: async () => {} },
  );
  return { stub, client, logs };
}

const query = (request: SeenRequest) => new URL(request.url, "http://x").searchParams;

describe("input validation happens before any request", () => {
  it.each([
    ["customer id with ../", (c: CapillaryClient) => c.listCustomerCoupons("1/../../x")],
    ["customer id 0", (c: CapillaryClient) => c.listCustomerCoupons("0")],
    ["customer id too long", (c: CapillaryClient) => c.listCustomerCoupons("1".repeat(20))],
    ["negative customer id", (c: CapillaryClient) => c.getCustomerProfile("-5")],
    ["code with a comma", (c: CapillaryClient) => c.checkCouponCodes({ codes: ["A,B"] })],
    ["code too long", (c: CapillaryClient) => c.checkCouponCodes({ codes: ["A".repeat(65)] })],
    ["no codes", (c: CapillaryClient) => c.checkCouponCodes({ codes: [] })],
    [
      "21 codes",
      (c: CapillaryClient) => c.checkCouponCodes({ codes: Array.from({ length: 21 }, (_, i) => `C${i}`) }),
    ],
    ["bad issuedTo", (c: CapillaryClient) => c.checkCouponCodes({ codes: ["A"], customerId: "x" })],
    ["series id not numeric", (c: CapillaryClient) => c.getCouponSeries(["12", "abc"])],
    ["empty identifier", (c: CapillaryClient) => c.lookupCustomerId({ type: "mobile", value: "  " })],
    [
      "long identifier",
      (c: CapillaryClient) => c.lookupCustomerId({ type: "email", value: `${"a".repeat(130)}@x.io` }),
    ],
    [
      "unknown identifier type",
      (c: CapillaryClient) => c.lookupCustomerId({ type: "phone" as "mobile", value: "1" }),
    ],
    ["bad OTP entity", (c: CapillaryClient) => c.generateOtp({ entityType: "SMS" as "MOBILE", value: "1" })],
    [
      "bad OTP code",
      (c: CapillaryClient) => c.validateOtp({ entityType: "MOBILE", value: "919111111111", code: "12 34" }),
    ],
    ["bad code case", (c: CapillaryClient) => c.listCustomerCoupons("1", { codeCase: "lower" as "LOWER" })],
  ])("%s → invalid_input, zero requests", async (_, call) => {
    const { stub, client } = await setup(() => ({ status: 200, json: {} }));
    await expect(call(client)).rejects.toMatchObject({ kind: "invalid_input", retryable: false });
    expect(stub.requests).toHaveLength(0);
  });
});

describe("listCustomerCoupons", () => {
  it("calls the documented path with coupon_code_case", async () => {
    const { stub, client } = await setup(() => ({
      status: 200,
      json: readFixture("customer-345635529-coupons-lower.json"),
    }));
    const list = await client.listCustomerCoupons("345635529", { codeCase: "LOWER" });
    expect(list[0]!.code).toBe("tt6wzp7xnw");
    expect(stub.requests[0]).toMatchObject({
      method: "GET",
      url: "/v2/customers/345635529/coupons?coupon_code_case=LOWER",
    });
  });

  it("skips one unreadable coupon instead of failing the wallet", async () => {
    const fixture = readFixture("customer-565032176-coupons.json") as { entity: unknown[] };
    const { client, logs } = await setup(() => ({
      status: 200,
      json: { entity: [{ id: 1 }, ...fixture.entity] },
    }));
    await expect(client.listCustomerCoupons("565032176")).resolves.toHaveLength(4);
    expect(logs.entries.some((e) => e.msg.includes("Skipping a coupon"))).toBe(true);
  });
});

describe("getCouponSeries", () => {
  it("one call for many ids, deduplicated", async () => {
    const { stub, client } = await setup(() => ({ status: 200, json: readFixture("series-520591.json") }));
    const map = await client.getCouponSeries(["520591", "520591", "698948"]);
    expect(stub.requests).toHaveLength(1);
    expect(stub.requests[0]!.url).toBe("/v2/coupon/series?ids=520591,698948");
    expect(map.get("520591")?.standardTermsAndConditions).toBe("terms and condtion");
    expect(map.has("698948")).toBe(false);
  });

  it("no ids, no call", async () => {
    const { stub, client } = await setup(() => ({ status: 200, json: { entity: [] } }));
    await expect(client.getCouponSeries([])).resolves.toEqual(new Map());
    expect(stub.requests).toHaveLength(0);
  });

  it("splits long lists into several parallel calls", async () => {
    const ids = Array.from({ length: 120 }, (_, i) => String(100_000 + i));
    const { stub, client } = await setup((request) => ({
      status: 200,
      json: {
        entity: (query(request).get("ids") ?? "")
          .split(",")
          .map((id) => ({ id: Number(id), description: `S${id}` })),
      },
    }));
    const map = await client.getCouponSeries(ids);
    expect(map.size).toBe(120);
    expect(stub.requests.length).toBe(3);
    const asked = stub.requests.flatMap((r) => (query(r).get("ids") ?? "").split(","));
    expect(asked.sort()).toEqual([...ids].sort());
  });

  it("batches by URL length too", () => {
    // Real ids (≤ 19 digits) hit the 50-id limit first; the length cap is a safety net for longer ones.
    const long = Array.from({ length: 40 }, (_, i) => `${i}`.padStart(60, "9"));
    const batches = batchSeriesIds(long);
    expect(batches.length).toBe(2);
    expect(batches.every((b) => b.join(",").length <= 1_500)).toBe(true);
  });
});

describe("checkCouponCodes", () => {
  it("asks v1.1 with issuedToIds, code list and case, answers in request order", async () => {
    const { stub, client } = await setup(() => ({ status: 200, json: readFixture("coupon-get-upper.json") }));
    const result = await client.checkCouponCodes({
      codes: ["PT4I43YN", "WL2ZBJZK"],
      customerId: "98662653",
      codeCase: "UPPER",
    });
    expect(stub.requests[0]!.url).toBe(
      "/v1.1/coupon/get?issuedToIds=98662653&code=PT4I43YN,WL2ZBJZK&coupon_code_case=UPPER",
    );
    expect(result.map((r) => [r.kind, r.code])).toEqual([
      ["found", "PT4I43YN"],
      ["found", "WL2ZBJZK"],
    ]);
  });

  it("mixed answers: 705 items are 'unknown' with Capillary's message", async () => {
    const { client } = await setup(() => ({ status: 200, json: readFixture("coupon-get-lower-mixed.json") }));
    const result = await client.checkCouponCodes({
      codes: ["wl2zbjzk", "WL2ZBJZK", "PT4I43YN", "pt4i43yn"],
      codeCase: "LOWER",
    });
    expect(result.map((r) => r.kind)).toEqual(["found", "unknown", "unknown", "found"]);
    expect(result[1]).toMatchObject({
      statusCode: 705,
      message: "Both coupon code and validation code are invalid",
    });
  });
});

describe("OTP", () => {
  it("generate sends the documented body, SMS for mobile", async () => {
    const { stub, client } = await setup(() => ({ status: 200, json: { createdId: 5, warnings: [] } }));
    await client.generateOtp({ entityType: "MOBILE", value: "919111111111" });
    await client.generateOtp({ entityType: "EMAIL", value: "[email protected]" });
    expect(stub.requests[0]).toMatchObject({ method: "POST", url: "/v2/otp/generate" });
    expect(stub.requests[0]!.headers["content-type"]).toBe("application/json");
    expect(JSON.parse(stub.requests[0]!.body)).toEqual({
      entityType: "MOBILE",
      entityValue: "919111111111",
      action: "GENERIC",
      channels: [{ type: "SMS", value: "919111111111" }],
    });
    expect(JSON.parse(stub.requests[1]!.body).channels).toEqual([
      { type: "EMAIL", value: "[email protected]" },
    ]);
  });

  it.each([
    [{ status: 200, json: { entity: true, warnings: [] } }, "valid"],
    [{ status: 200, json: { entity: false, warnings: [] } }, "invalid"],
    [{ status: 400, json: { errors: [{ status: false, code: 603, message: "Invalid OTP" }] } }, "invalid"],
    [{ status: 400, json: { errors: [{ code: "605" }] } }, "invalid"],
    [{ status: 429, json: {} }, "throttled"],
    [{ status: 400, json: { errors: [{ code: 429, message: "Too many" }] } }, "throttled"],
    [{ status: 200, json: { entity: false, errors: [{ code: 429 }] } }, "throttled"],
  ] as const)("validate %j → %s", async (reply, verdict) => {
    const { stub, client } = await setup(() => reply);
    await expect(
      client.validateOtp({ entityType: "EMAIL", value: "[email protected]", code: "123456" }),
    ).resolves.toBe(verdict);
    expect(stub.requests).toHaveLength(1); // a POST: never retried
    expect(JSON.parse(stub.requests[0]!.body)).toEqual({
      entityType: "EMAIL",
      entityValue: "[email protected]",
      code: "123456",
      action: "GENERIC",
    });
  });

  it("validate: an outage stays an error", async () => {
    const { client } = await setup(() => ({ status: 503 }));
    await expect(
      client.validateOtp({ entityType: "MOBILE", value: "919111111111", code: "1234" }),
    ).rejects.toMatchObject({ kind: "unavailable" });
  });
});

describe("customers", () => {
  it("lookupCustomerId → id as string", async () => {
    const { stub, client } = await setup(() => ({ status: 200, json: { entity: 343040815, warnings: [] } }));
    await expect(client.lookupCustomerId({ type: "mobile", value: "919111111111" })).resolves.toBe(
      "343040815",
    );
    expect(stub.requests[0]!.url).toBe(
      "/v2/customers/lookup?source=INSTORE&identifierName=mobile&identifierValue=919111111111",
    );
  });

  it.each([
    [{ status: 404, json: { errors: [{ status: false, code: 8015, message: "Customer not found" }] } }],
    [{ status: 200, json: { errors: [{ code: 8015 }], warnings: [] } }],
    [{ status: 400, json: { errors: [{ code: "8015" }] } }],
  ] as const)("lookupCustomerId not found (%j) → null", async (reply) => {
    const { client } = await setup(() => reply);
    await expect(client.lookupCustomerId({ type: "email", value: "[email protected]" })).resolves.toBeNull();
  });

  it("encodes identifier values in the query", async () => {
    const { stub, client } = await setup(() => ({ status: 200, json: { entity: 1 } }));
    await client.lookupCustomerId({ type: "email", value: "a+b&c=d@x.io" });
    expect(query(stub.requests[0]!).get("identifierValue")).toBe("a+b&c=d@x.io");
  });

  const profile = {
    id: 343040815,
    profiles: [
      { firstName: "Tom", lastName: "Sawyer", identifiers: [{ type: "mobile", value: "919111111111" }] },
    ],
  };

  it("getCustomerProfile reads a bare or an entity-wrapped customer", async () => {
    const { stub, client } = await setup((_, i) => ({
      status: 200,
      json: i === 0 ? profile : { entity: profile },
    }));
    const expected = {
      id: "343040815",
      firstName: "Tom",
      lastName: "Sawyer",
      identifiers: [{ type: "mobile", value: "919111111111" }],
    };
    await expect(client.getCustomerProfile("343040815")).resolves.toEqual(expected);
    await expect(client.getCustomerProfile("343040815")).resolves.toEqual(expected);
    expect(stub.requests[0]!.url).toBe("/v2/customers/343040815?source=INSTORE");
  });

  it("lookupCustomerDetails and a missing customer", async () => {
    const { stub, client } = await setup((_, i) =>
      i === 0 ? { status: 200, json: profile } : { status: 404, json: { errors: [{ code: 8015 }] } },
    );
    await expect(client.lookupCustomerDetails({ type: "externalId", value: "EXT-1" })).resolves.toMatchObject(
      { id: "343040815" },
    );
    await expect(client.getCustomerProfile("1")).resolves.toBeNull();
    expect(stub.requests[0]!.url).toBe(
      "/v2/customers/lookup/customerDetails?source=INSTORE&identifierName=externalId&identifierValue=EXT-1",
    );
  });
});
