import { afterEach, describe, expect, it } from "vitest";

import { collectRequestIds } from "./request-ids";
import { createCapillaryClient, type CapillaryClient } from "../index";
import { captureLogs, readFixture, startStub, testConfig, type Stub, type StubReply } from "../test-support";
import type { FetchLike } from "./transport";

const BASIC = { kind: "basic", username: "till", password: "pw" } as const;
const COUPONS = JSON.stringify(readFixture("customer-565032176-coupons.json"));
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let stub: Stub | undefined;
let client: CapillaryClient | undefined;
afterEach(async () => {
  await client?.close();
  await stub?.close();
  client = stub = undefined;
});

describe("circuit breaker", () => {
  async function setup(reply: () => StubReply) {
    stub = await startStub(reply);
    const logs = captureLogs();
    client = createCapillaryClient(testConfig(stub.baseUrl, { auth: BASIC, maxRetries: 1 }), {
      logger: logs.logger,
      sleep: async () => {},
      breaker: { failures: 2, halfOpenAfterMs: 150 },
    });
    return { stub, client, logs: () => logs.entries.map((entry) => entry.msg) };
  }

  it("opens after consecutive failed calls, fails fast without the network, probes and recovers", async () => {
    let status = 500;
    const { stub, client, logs } = await setup(() =>
      status === 200 ? { status, text: COUPONS } : { status },
    );
    for (let i = 0; i < 2; i++) {
      await expect(client.listCustomerCoupons("565032176")).rejects.toMatchObject({ httpStatus: 500 });
    }
    expect(stub.requests).toHaveLength(4); // each call after its one retry

    await expect(client.listCustomerCoupons("565032176")).rejects.toMatchObject({
      kind: "unavailable",
      message: "Capillary is unavailable (circuit open)",
    });
    await expect(client.generateOtp({ entityType: "MOBILE", value: "919111111111" })).rejects.toMatchObject({
      message: "Capillary is unavailable (circuit open)",
    });
    expect(stub.requests).toHaveLength(4);
    expect(logs().filter((msg) => msg.startsWith("Capillary circuit opened"))).toHaveLength(1);

    status = 200;
    await wait(200);
    await expect(client.listCustomerCoupons("565032176")).resolves.toHaveLength(4);
    await expect(client.listCustomerCoupons("565032176")).resolves.toHaveLength(4);
    expect(stub.requests).toHaveLength(6);
    expect(logs()).toEqual(
      expect.arrayContaining(["Capillary circuit half-open: probing", "Capillary circuit closed: recovered"]),
    );
  });

  it("a failed probe opens it again", async () => {
    const { stub, client } = await setup(() => ({ status: 503 }));
    for (let i = 0; i < 2; i++) await expect(client.listCustomerCoupons("1")).rejects.toBeDefined();
    await wait(200);
    await expect(client.listCustomerCoupons("1")).rejects.toMatchObject({ httpStatus: 503 });
    const seen = stub.requests.length;
    await expect(client.listCustomerCoupons("1")).rejects.toMatchObject({
      message: "Capillary is unavailable (circuit open)",
    });
    expect(stub.requests).toHaveLength(seen);
  });

  it("answers that are refusals (4xx) never open it", async () => {
    const { stub, client } = await setup(() => ({ status: 403, json: { errorCode: 4000 } }));
    for (let i = 0; i < 5; i++) {
      await expect(client.listCustomerCoupons("1")).rejects.toMatchObject({ kind: "forbidden" });
    }
    expect(stub.requests).toHaveLength(5);
  });
});

describe("coalescing identical concurrent GETs", () => {
  function slowFetch() {
    const urls: string[] = [];
    let n = 0;
    const fetch: FetchLike = async (url, init) => {
      urls.push(`${init.method} ${url}`);
      const id = `req-${++n}`;
      await wait(30);
      const text = init.method === "GET" ? COUPONS : "{}";
      return {
        status: 200,
        headers: { get: (h) => (h === "x-cap-requestid" ? id : null) },
        text: async () => text,
      };
    };
    client = createCapillaryClient(testConfig("http://capillary.invalid", { auth: BASIC }), {
      fetch,
      logger: () => {},
    });
    return { client, urls };
  }

  it("one request serves every concurrent caller of the same GET; different GETs and POSTs are not joined", async () => {
    const { client, urls } = slowFetch();
    const same = await Promise.all(Array.from({ length: 10 }, () => client.listCustomerCoupons("565032176")));
    expect(same.every((coupons) => coupons.length === 4)).toBe(true);
    expect(urls).toHaveLength(1);

    await Promise.all([client.listCustomerCoupons("565032176"), client.listCustomerCoupons("343040815")]);
    expect(urls).toHaveLength(3);

    const otp = { entityType: "MOBILE", value: "919111111111" } as const;
    await Promise.all([client.generateOtp(otp), client.generateOtp(otp)]);
    expect(urls.filter((url) => url.startsWith("POST"))).toHaveLength(2);

    // Finished calls are not a cache: the next view asks again.
    await client.listCustomerCoupons("565032176");
    expect(urls).toHaveLength(6);
  });

  it("a joiner's audit collector still records the request id that served it", async () => {
    const { client } = slowFetch();
    const [first, second] = await Promise.all([
      collectRequestIds(() => client.listCustomerCoupons("565032176")),
      collectRequestIds(() => client.listCustomerCoupons("565032176")),
    ]);
    expect(first.requestIds).toEqual(["req-1"]);
    expect(second.requestIds).toEqual(["req-1"]);
  });
});

describe("answers are not outages", () => {
  const ALL_UNKNOWN = {
    response: {
      status: { success: "false", code: 500, message: "All requests failed" },
      coupons: {
        coupon: [
          {
            id: -1,
            code: "NOPE1",
            pincode: "NULL",
            item_status: {
              success: "false",
              code: 705,
              message: "Both coupon code and validation code are invalid",
            },
          },
        ],
      },
    },
  };

  async function setup(reply: (path: string) => StubReply) {
    stub = await startStub((request) => reply(new URL(request.url, "http://x").pathname));
    client = createCapillaryClient(testConfig(stub.baseUrl, { auth: BASIC, maxRetries: 2 }), {
      logger: () => {},
      sleep: async () => {},
      breaker: { failures: 2, halfOpenAfterMs: 60_000 },
    });
    return { stub, client };
  }

  it("v1.1's HTTP 500 with per-item statuses is an answer: each code its verdict, no retry, breaker closed", async () => {
    const { stub, client } = await setup((path) =>
      path === "/v1.1/coupon/get" ? { status: 500, json: ALL_UNKNOWN } : { status: 200, text: COUPONS },
    );
    for (let i = 0; i < 10; i++) {
      await expect(client.checkCouponCodes({ codes: ["NOPE1"] })).resolves.toEqual([
        {
          kind: "unknown",
          code: "NOPE1",
          statusCode: 705,
          message: "Both coupon code and validation code are invalid",
        },
      ]);
    }
    expect(stub.requests).toHaveLength(10); // not one retry
    // Ten unknown codes later the wallet still reaches Capillary (a breaker of 2 failures never opened).
    await expect(client.listCustomerCoupons("565032176")).resolves.toHaveLength(4);
  });

  it("a v1.1 500 without items is still an outage", async () => {
    const { client } = await setup(() => ({ status: 500, json: { response: { status: { code: 500 } } } }));
    await expect(client.checkCouponCodes({ codes: ["NOPE1"] })).rejects.toMatchObject({
      kind: "unavailable",
    });
  });

  it("429s are retried but never open the breaker shared by every shopper", async () => {
    let limited = true;
    const { client } = await setup(() => (limited ? { status: 429 } : { status: 200, text: COUPONS }));
    for (let i = 0; i < 4; i++)
      await expect(client.listCustomerCoupons("565032176")).rejects.toMatchObject({ kind: "rate_limited" });
    limited = false;
    await expect(client.listCustomerCoupons("565032176")).resolves.toHaveLength(4);
  });

  it("a 404 for a customer is 'no such customer', whatever its body", async () => {
    const { client } = await setup(() => ({ status: 404, text: "" }));
    await expect(client.getCustomerProfile("565032176")).resolves.toBeNull();
    await expect(client.lookupCustomerDetails({ type: "mobile", value: "919111111111" })).resolves.toBeNull();
  });

  it("an unexplained 404 elsewhere is an unreadable answer, not an outage", async () => {
    const { client } = await setup(() => ({ status: 404, text: "" }));
    await expect(client.getCouponSeries(["520591"])).rejects.toMatchObject({
      kind: "bad_response",
      retryable: false,
    });
  });
});

describe("an empty wallet however Capillary words NO_COUPONS_FOUND", () => {
  it.each([
    [
      "the emulator's invented wording",
      { errors: [{ status: false, code: 8016, message: "NO_COUPONS_FOUND: none" }] },
    ],
    ["the name as a code", { errors: [{ status: false, code: "NO_COUPONS_FOUND", message: "x" }] }],
    ["lower case in errorCode", { errors: [{ status: false, errorCode: "no_coupons_found" }] }],
    [
      "a sentence",
      { errors: [{ status: false, code: 8888, message: "No coupons found for this customer" }] },
    ],
    ["a top-level message", { message: "No-Coupons-Found" }],
  ])("%s", async (_name, body) => {
    stub = await startStub(() => ({ status: 404, json: body }));
    client = createCapillaryClient(testConfig(stub.baseUrl, { auth: BASIC }), { logger: () => {} });
    await expect(client.listCustomerCoupons("500000002")).resolves.toEqual([]);
  });
});
