import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { brotliCompressSync, deflateSync, gzipSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";

import { backoffMs, createHttp } from "./http";
import { createCapillaryClient, type CapillaryClient, type CapillaryClientDeps } from "../index";
import { createBasicAuth } from "./auth";
import {
  captureLogs,
  readFixture,
  startStub,
  testConfig,
  type Stub,
  type StubReply,
  type SeenRequest,
} from "../test-support";
import { createTransport } from "./transport";
import { path, queryString } from "./url";
import type { CapillaryConfig } from "./config";

let stub: Stub | undefined;
let client: CapillaryClient | undefined;
afterEach(async () => {
  await client?.close();
  await stub?.close();
  client = undefined;
  stub = undefined;
});

const BASIC = { kind: "basic", username: "till", password: "pw" } as const;
const coupons = (): StubReply => ({ status: 200, json: readFixture("customer-565032176-coupons.json") });

async function setup(
  reply: (request: SeenRequest, index: number) => StubReply,
  overrides: Partial<CapillaryConfig> = {},
  deps: CapillaryClientDeps = {},
) {
  stub = await startStub(reply);
  const logs = captureLogs();
  const sleeps: number[] = [];
  client = createCapillaryClient(testConfig(stub.baseUrl, { auth: BASIC, ...overrides }), {
    logger: logs.logger,
    retryBaseDelayMs: 2,
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    ...deps,
  });
  return { stub, client, logs, sleeps };
}

describe("retries", () => {
  it("a transient 500 then 200 on a GET succeeds after one retry with a backoff", async () => {
    const { stub, client, sleeps } = await setup((_, i) => (i === 0 ? { status: 500 } : coupons()));
    await expect(client.listCustomerCoupons("565032176")).resolves.toHaveLength(4);
    expect(stub.requests).toHaveLength(2);
    expect(sleeps).toHaveLength(1);
  });

  it("a persistent 500 is 'unavailable' after exactly 1 + maxRetries attempts", async () => {
    const { stub, client } = await setup(
      () => ({ status: 500, json: { errors: [{ code: 500, message: "db down" }] } }),
      { maxRetries: 2 },
    );
    await expect(client.listCustomerCoupons("565032176")).rejects.toMatchObject({
      kind: "unavailable",
      httpStatus: 500,
    });
    expect(stub.requests).toHaveLength(3);
  });

  it.each([429, 503, 521])("retries a %i", async (status) => {
    const { stub, client } = await setup((_, i) => (i === 0 ? { status } : coupons()));
    await expect(client.listCustomerCoupons("565032176")).resolves.toHaveLength(4);
    expect(stub.requests).toHaveLength(2);
  });

  it("a persistent 429 is rate_limited", async () => {
    const { client } = await setup(() => ({ status: 429 }), { maxRetries: 1 });
    await expect(client.listCustomerCoupons("565032176")).rejects.toMatchObject({
      kind: "rate_limited",
      retryable: true,
    });
  });

  it("does not retry a POST on 500", async () => {
    const { stub, client } = await setup(() => ({ status: 500 }));
    await expect(client.generateOtp({ entityType: "MOBILE", value: "919111111111" })).rejects.toMatchObject({
      kind: "unavailable",
    });
    expect(stub.requests).toHaveLength(1);
  });

  it("does not retry a 4xx", async () => {
    const { stub, client } = await setup(() => ({ status: 403, json: { errorCode: 4000 } }));
    await expect(client.listCustomerCoupons("565032176")).rejects.toMatchObject({
      kind: "forbidden",
      capillaryCode: 4000,
    });
    expect(stub.requests).toHaveLength(1);
  });

  it("backoff grows exponentially with jitter", () => {
    expect(backoffMs(1, 100, () => 0)).toBe(50);
    expect(backoffMs(1, 100, () => 1)).toBe(100);
    expect(backoffMs(3, 100, () => 1)).toBe(400);
    expect(backoffMs(30, 100, () => 1)).toBe(5000);
  });
});

describe("timeouts and transport failures", () => {
  it("a stub that never answers gives kind 'timeout'", async () => {
    const { client } = await setup(() => "hang", { timeoutMs: 200, maxRetries: 0 });
    const started = Date.now();
    await expect(client.listCustomerCoupons("565032176")).rejects.toMatchObject({
      kind: "timeout",
      retryable: true,
    });
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it("timeouts on GET are retried", async () => {
    const { stub, client } = await setup((_, i) => (i === 0 ? "hang" : coupons()), {
      timeoutMs: 200,
      maxRetries: 1,
    });
    await expect(client.listCustomerCoupons("565032176")).resolves.toHaveLength(4);
    expect(stub.requests).toHaveLength(2);
  });

  it("a refused connection is 'unavailable'", async () => {
    const tmp = await startStub(() => coupons());
    const baseUrl = tmp.baseUrl;
    await tmp.close();
    client = createCapillaryClient(testConfig(baseUrl, { auth: BASIC, maxRetries: 0 }), {
      logger: captureLogs().logger,
    });
    await expect(client.listCustomerCoupons("565032176")).rejects.toMatchObject({ kind: "unavailable" });
  });

  it("reuses one keep-alive connection", async () => {
    const { stub, client } = await setup(() => coupons());
    await client.listCustomerCoupons("565032176");
    await client.listCustomerCoupons("565032176");
    await client.listCustomerCoupons("565032176");
    await client.listCustomerCoupons("565032176");
    await client.listCustomerCoupons("565032176");
    // Sequential calls go over pooled sockets, not a new connection each.
    expect(stub.requests).toHaveLength(5);
    expect(new Set(stub.requests.map((r) => r.remotePort)).size).toBeLessThan(5);
  });
});

describe("errors", () => {
  it("keeps X-Cap-Requestid, and messages carry neither the body nor credentials", async () => {
    const again = await setup(
      () => ({
        status: 500,
        headers: { "X-Cap-Requestid": "req-123" },
        json: { errors: [{ code: 500, message: "secret upstream detail" }] },
      }),
      { maxRetries: 0 },
    );
    const error = (await again.client.listCustomerCoupons("565032176").catch((e: unknown) => e)) as Error & {
      requestId?: string;
    };
    expect(error).toMatchObject({ kind: "unavailable", requestId: "req-123", capillaryCode: 500 });
    expect(error.message).not.toContain("secret upstream detail");
    expect(error.message).not.toContain("pw");
    const line = again.logs.entries.find((e) => e.msg === "Capillary call failed");
    expect(line).toMatchObject({
      requestId: "req-123",
      path: "/v2/customers/{}/coupons",
      status: 500,
      capillaryCode: 500,
    });
    expect(JSON.stringify(again.logs.entries)).not.toContain("secret upstream detail");
  });

  it.each([
    [400, { errors: [{ code: "INVALID_CUSTOMER_ID", message: "bad" }] }, "invalid_customer_id"],
    [404, { errors: [{ status: false, code: 8015, message: "Customer not found" }] }, "customer_not_found"],
    [404, { errors: [{ errorCode: "CUSTOMER_NOT_FOUND" }] }, "customer_not_found"],
    [403, { errorCode: "4000" }, "forbidden"],
    [404, { message: "nothing here" }, "bad_response"],
  ] as const)("maps HTTP %i %j to %s", async (status, json, kind) => {
    const { client } = await setup(() => ({ status, json }));
    await expect(client.listCustomerCoupons("565032176")).rejects.toMatchObject({ kind, httpStatus: status });
  });

  it.each([
    { errors: [{ code: "NO_COUPONS_FOUND", message: "none" }] },
    { errors: [{ code: 404, message: "NO_COUPONS_FOUND: customer has no coupons" }] },
    { errorCode: "NO_COUPONS_FOUND" },
  ])("NO_COUPONS_FOUND (%j) is an empty wallet", async (json) => {
    const { client } = await setup(() => ({ status: 404, json }));
    await expect(client.listCustomerCoupons("565032176")).resolves.toEqual([]);
  });

  it("a 2xx body that is not JSON is bad_response", async () => {
    const { client } = await setup(() => ({ status: 200, text: "<html>proxy</html>" }));
    await expect(client.listCustomerCoupons("565032176")).rejects.toMatchObject({ kind: "bad_response" });
  });

  it("a 2xx body of the wrong shape is bad_response", async () => {
    const { client } = await setup(() => ({ status: 200, json: { entity: "nope" } }));
    await expect(client.listCustomerCoupons("565032176")).rejects.toMatchObject({ kind: "bad_response" });
  });

  it("HTTP 201 (partial failure) is success, logged", async () => {
    const { client, logs } = await setup(() => ({
      status: 201,
      json: readFixture("customer-565032176-coupons.json"),
    }));
    await expect(client.listCustomerCoupons("565032176")).resolves.toHaveLength(4);
    expect(logs.entries.some((e) => e.level === "warn" && e.msg.includes("partial"))).toBe(true);
  });

  it("does not follow redirects (our auth header would go with them)", async () => {
    const { stub, client } = await setup(
      () => ({ status: 302, headers: { Location: "http://example.invalid/" } }),
      { maxRetries: 0 },
    );
    await expect(client.listCustomerCoupons("565032176")).rejects.toMatchObject({ kind: "bad_response" });
    expect(stub.requests).toHaveLength(1);
  });
});

describe("transport", () => {
  const get = (transport: ReturnType<typeof createTransport>, baseUrl: string) =>
    transport.send({ method: "GET", url: `${baseUrl}/v2/customers/1/coupons`, headers: {}, timeoutMs: 2000 });

  it.each([
    ["declares", {}],
    ["streams", { "Transfer-Encoding": "chunked" }],
  ])(
    "gives up on a body that %s more than the cap, and its pooled connection still serves",
    async (_, headers) => {
      stub = await startStub((_request, index) =>
        index === 0 ? { status: 200, headers, text: "x".repeat(5_000) } : { status: 200, json: { ok: true } },
      );
      const transport = createTransport({ maxBody: 1_000 });
      try {
        await expect(get(transport, stub.baseUrl)).rejects.toMatchObject({
          kind: "bad_response",
          httpStatus: 200,
        });
        await expect(get(transport, stub.baseUrl)).resolves.toMatchObject({
          status: 200,
          text: '{"ok":true}',
        });
      } finally {
        await transport.close();
      }
    },
  );

  it("stops reading a body that never ends at the cap, without waiting for the timeout", async () => {
    const server = createServer((_request, response) => {
      response.writeHead(200, { "Content-Type": "application/json" });
      const drip = setInterval(() => response.write("x".repeat(500)), 5);
      response.on("close", () => clearInterval(drip));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const transport = createTransport({ maxBody: 2_000 });
    try {
      const { port } = server.address() as AddressInfo;
      await expect(get(transport, `http://127.0.0.1:${port}`)).rejects.toMatchObject({
        kind: "bad_response",
      });
    } finally {
      await transport.close();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it.each([
    ["gzip", gzipSync],
    ["deflate", deflateSync],
    ["br", brotliCompressSync],
  ] as const)("asks for a compressed answer and reads one sent as %s", async (coding, compress) => {
    const text = JSON.stringify(readFixture("customer-565032176-coupons.json"));
    const body = compress(Buffer.from(text));
    stub = await startStub(() => ({ status: 200, headers: { "Content-Encoding": coding }, text: body }));
    const transport = createTransport();
    try {
      await expect(get(transport, stub.baseUrl)).resolves.toMatchObject({ status: 200, text });
      expect(stub.requests[0]!.headers["accept-encoding"]).toMatch(/gzip/);
    } finally {
      await transport.close();
    }
  });

  it("holds a compressed answer to the cap once decompressed, so a small bomb is refused", async () => {
    const bomb = gzipSync(Buffer.alloc(1_000_000, 32));
    stub = await startStub(() => ({ status: 200, headers: { "Content-Encoding": "gzip" }, text: bomb }));
    const transport = createTransport({ maxBody: 100_000 });
    try {
      expect(bomb.length).toBeLessThan(100_000);
      await expect(get(transport, stub.baseUrl)).rejects.toMatchObject({ kind: "bad_response" });
    } finally {
      await transport.close();
    }
  });

  it("refuses an answer in an encoding it did not ask for", async () => {
    stub = await startStub(() => ({ status: 200, headers: { "Content-Encoding": "compress" }, text: "{}" }));
    const transport = createTransport();
    try {
      await expect(get(transport, stub.baseUrl)).rejects.toMatchObject({ kind: "bad_response" });
    } finally {
      await transport.close();
    }
  });

  it("reads a body up to the cap whole, multi-byte characters included", async () => {
    const text = JSON.stringify({ name: "Ünïcode ₹ 🎟️".repeat(50) });
    stub = await startStub(() => ({ status: 200, headers: { "Transfer-Encoding": "chunked" }, text }));
    const transport = createTransport({ maxBody: Buffer.byteLength(text) });
    try {
      await expect(get(transport, stub.baseUrl)).resolves.toMatchObject({ status: 200, text });
    } finally {
      await transport.close();
    }
  });
});

describe("URLs", () => {
  it("encodes every interpolated value as one segment", () => {
    expect(path`/v2/customers/${"1/../../v2/otp"}/coupons`).toEqual({
      path: "/v2/customers/1%2F..%2F..%2Fv2%2Fotp/coupons",
      template: "/v2/customers/{}/coupons",
    });
    expect(path`/v2/customers/${"1?x=1#y"}`.path).toBe("/v2/customers/1%3Fx%3D1%23y");
    expect(() => path`/v2/customers/${".."}/coupons`).toThrow();
    expect(() => path`/v2/customers/${""}/coupons`).toThrow();
    expect(queryString({ ids: "1,2", code: "a&b=c", skip: undefined })).toBe("?ids=1,2&code=a%26b%3Dc");
  });

  it("sends the encoded path as is: a smuggled ../ stays inside its segment", async () => {
    stub = await startStub(() => ({ status: 200, json: {} }));
    const transport = createTransport();
    const http = createHttp({
      baseUrl: stub.baseUrl,
      auth: createBasicAuth("u", "p"),
      transport,
      timeoutMs: 1000,
      maxRetries: 0,
      retryBaseDelayMs: 1,
      sleep: async () => {},
      logger: () => {},
    });
    await http({ method: "GET", path: path`/v2/customers/${"1/../../admin"}/coupons` });
    await transport.close();
    expect(stub.requests[0]!.url).toBe("/v2/customers/1%2F..%2F..%2Fadmin/coupons");
  });

  it("a base URL with a path prefix is kept", async () => {
    const first = await setup(() => coupons());
    await first.client.close();
    client = createCapillaryClient(testConfig(`${first.stub.baseUrl}/prefix`, { auth: BASIC }), {
      logger: captureLogs().logger,
    });
    await client.listCustomerCoupons("565032176", { codeCase: "LOWER" });
    expect(first.stub.requests[0]!.url).toBe("/prefix/v2/customers/565032176/coupons?coupon_code_case=LOWER");
  });
});
