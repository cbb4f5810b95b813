import { afterEach, describe, expect, it } from "vitest";
import { createCapillaryClient, type CapillaryClient } from "../index";
import {
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
  client = stub = undefined;
});

async function setup(reply: (request: SeenRequest) => StubReply) {
  stub = await startStub((request) =>
    request.url.startsWith("/v3/oauth")
      ? { status: 200, json: { data: { accessToken: "t", ttlSeconds: 300 }, errors: null } }
      : reply(request),
  );
  client = createCapillaryClient(testConfig(stub.baseUrl, { maxRetries: 2 }), {
    logger: () => {},
    sleep: async () => {},
  });
  return { stub, client };
}

describe("is_redeemable", () => {
  it("reads the docs' example: both codes redeemable, -1 uses left", async () => {
    const { stub, client } = await setup(() => ({
      status: 200,
      json: readFixture("is-redeemable-slate.json"),
    }));
    const answers = await client.checkRedeemable({
      customerId: "325666373",
      codes: ["6B88U6ED", "v080oli6"],
    });
    expect(answers).toEqual([
      { code: "6B88U6ED", redeemable: true, resultCode: 700, message: null, usesLeft: -1, usedByCustomer: 0 },
      { code: "V080OLI6", redeemable: true, resultCode: 700, message: null, usesLeft: -1, usedByCustomer: 0 },
    ]);
    expect(stub.requests.at(-1)!.url).toBe(
      "/v2/coupon/is_redeemable?id=325666373&code=6B88U6ED,v080oli6&details=true",
    );
  });

  it("finds a refusal's 7xx code wherever Capillary puts it, and never reads a missing yes as yes", async () => {
    const { client } = await setup(() => ({
      status: 200,
      json: {
        redemption: [
          {
            code: "A1",
            isRedeemable: false,
            redemptionStatus: { code: 713, message: "Coupon expired", status: false },
          },
          { code: "B2", isRedeemable: "false", item_status: { code: "711", message: "already used" } },
          { code: "C3", appendedErrorMessage: "Invalid store" },
        ],
        redemptionStatus: { code: 735, status: false, message: "invalid store" },
      },
    }));
    const answers = await client.checkRedeemable({ customerId: "1", codes: ["a1", "B2", "C3", "D4"] });
    expect(answers.map((a) => [a.redeemable, a.resultCode, a.message])).toEqual([
      [false, 713, "Coupon expired"],
      [false, 711, "already used"],
      [false, 735, "Invalid store"],
      [false, null, "Capillary did not answer for this code"],
    ]);
  });
});

describe("redeem", () => {
  it("posts the documented body with the bill, attributes the till, and is never retried", async () => {
    const { stub, client } = await setup(() => ({
      status: 200,
      json: readFixture("redeem-response-readme.json"),
    }));
    const [outcome] = await client.redeem({
      customerId: "126080386",
      codes: ["MGU9Y4PM"],
      billNumber: "BILL-77",
      billAmount: "2000.50",
      attribution: { type: "TILL", code: "blr-indiranagar.till1" },
    });
    // `id` in the docs' answer may be the coupon's: no redemption id is claimed from it.
    expect(outcome).toEqual({
      code: "MGU9Y4PM",
      redeemed: true,
      resultCode: 700,
      message: "Coupon processing successful",
      redemptionId: null,
    });
    const sent = stub.requests.at(-1)!;
    expect(JSON.parse(sent.body)).toEqual({
      redemptionRequestList: [{ code: "MGU9Y4PM" }],
      user: { id: 126080386 },
      transactionNumber: "BILL-77",
      billAmount: "2000.50",
    });
    expect(sent.headers["x-cap-api-attribution-entity-type"]).toBe("TILL");
    expect(sent.headers["x-cap-api-attribution-entity-code"]).toBe("blr-indiranagar.till1");
  });

  it("a timeout is an error to reconcile, asked once", async () => {
    const { stub, client } = await setup(() => ({ status: 503 }));
    await expect(
      client.redeem({ customerId: "1", codes: ["X"], billNumber: "B1", billAmount: "10" }),
    ).rejects.toMatchObject({ kind: "unavailable" });
    expect(stub.requests.filter((r) => r.url === "/v2/coupon/redeem")).toHaveLength(1);
  });

  it("refuses a malformed bill before anything is sent", async () => {
    const { stub, client } = await setup(() => ({ status: 200, json: {} }));
    for (const bad of [
      { billNumber: "", billAmount: "10" },
      { billNumber: "x".repeat(51), billAmount: "10" },
      { billNumber: "B\n1", billAmount: "10" },
      { billNumber: "B1", billAmount: "-5" },
      { billNumber: "B1", billAmount: "10.123" },
      { billNumber: "B1", billAmount: "1e5" },
    ])
      await expect(client.redeem({ customerId: "1", codes: ["X"], ...bad })).rejects.toMatchObject({
        kind: "invalid_input",
      });
    expect(stub.requests.filter((r) => !r.url.startsWith("/v3"))).toHaveLength(0);
  });
});

describe("reactivate", () => {
  it("posts redemption ids and reads the docs' answer", async () => {
    const { stub, client } = await setup(() => ({
      status: 200,
      json: readFixture("reactivate-response.json"),
    }));
    await client.reactivate(["83146"]);
    expect(JSON.parse(stub.requests.at(-1)!.body)).toEqual(readFixture("reactivate-request.json"));
  });
});
