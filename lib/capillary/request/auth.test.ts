import { afterEach, describe, expect, it } from "vitest";

import { basicAuthorization, createOAuthAuth, renewAfterMs } from "./auth";
import { createCapillaryClient, type CapillaryClient } from "../index";
import { captureLogs, readFixture, startStub, testConfig, type Stub } from "../test-support";

const TOKEN_PATH = "/v3/oauth/token/generate";
const tokenReply = (token: string, ttlSeconds = 300) => ({
  status: 200,
  json: { data: { accessToken: token, ttlSeconds }, errors: null },
});
const coupons = () => ({ status: 200, json: readFixture("customer-565032176-coupons.json") });

let stub: Stub | undefined;
let client: CapillaryClient | undefined;
afterEach(async () => {
  await client?.close();
  await stub?.close();
  client = undefined;
  stub = undefined;
});

describe("Basic", () => {
  it("matches the documented vector", () => {
    expect(basicAuthorization("store.server", "server123")).toBe(
      "Basic c3RvcmUuc2VydmVyOjhhMTZhNmI3MDUwNWViMWYxZmY3Y2RjMGNkNTU1OWE3",
    );
  });

  it("is sent on every call, with Accept: application/json and no token header", async () => {
    stub = await startStub(() => coupons());
    client = createCapillaryClient(
      testConfig(stub.baseUrl, { auth: { kind: "basic", username: "store.server", password: "server123" } }),
      { logger: captureLogs().logger },
    );
    await client.listCustomerCoupons("565032176");
    expect(stub.requests).toHaveLength(1);
    expect(stub.requests[0]!.headers.authorization).toBe(
      "Basic c3RvcmUuc2VydmVyOjhhMTZhNmI3MDUwNWViMWYxZmY3Y2RjMGNkNTU1OWE3",
    );
    expect(stub.requests[0]!.headers.accept).toBe("application/json");
    expect(stub.requests[0]!.headers["x-cap-api-oauth-token"]).toBeUndefined();
  });

  it("a 401 is logged loudly and not retried", async () => {
    stub = await startStub(() => ({ status: 401, json: { errors: [{ code: 401, message: "bad" }] } }));
    const logs = captureLogs();
    client = createCapillaryClient(
      testConfig(stub.baseUrl, { auth: { kind: "basic", username: "u", password: "p" } }),
      { logger: logs.logger, retryBaseDelayMs: 1 },
    );
    await expect(client.listCustomerCoupons("1")).rejects.toMatchObject({ kind: "not_authorised" });
    expect(stub.requests).toHaveLength(1);
    expect(
      logs.entries.some((e) => e.level === "error" && e.msg.includes("check CAPILLARY_* configuration")),
    ).toBe(true);
  });
});

describe("OAuth", () => {
  it("renews at 80 % of the lifetime or 30 s before its end, whichever is earlier", () => {
    expect(renewAfterMs(300)).toBe(240_000);
    expect(renewAfterMs(3600)).toBe(2_880_000);
    expect(renewAfterMs(100)).toBe(70_000);
    expect(renewAfterMs(20)).toBe(10_000);
  });

  it("fetches one token, reuses it, and renews it near expiry", async () => {
    let clock = 1_000_000;
    let issued = 0;
    stub = await startStub((req) => (req.url === TOKEN_PATH ? tokenReply(`tok-${++issued}`) : coupons()));
    client = createCapillaryClient(testConfig(stub.baseUrl), {
      now: () => clock,
      logger: captureLogs().logger,
    });

    await client.listCustomerCoupons("565032176");
    await client.listCustomerCoupons("565032176");
    await client.listCustomerCoupons("565032176");
    const tokenCalls = () => stub!.requests.filter((r) => r.url === TOKEN_PATH);
    expect(tokenCalls()).toHaveLength(1);
    expect(JSON.parse(tokenCalls()[0]!.body)).toEqual({ key: "test-key", secret: "s3cret-value" });
    expect(tokenCalls()[0]!.method).toBe("POST");
    const calls = stub.requests.filter((r) => r.url !== TOKEN_PATH);
    expect(
      calls.every((r) => r.headers["x-cap-api-oauth-token"] === "tok-1" && !r.headers.authorization),
    ).toBe(true);

    clock += 239_000; // still fresh
    await client.listCustomerCoupons("565032176");
    expect(tokenCalls()).toHaveLength(1);
    clock += 2_000; // past 80 % of 300 s
    await client.listCustomerCoupons("565032176");
    expect(tokenCalls()).toHaveLength(2);
    expect(stub.requests.at(-1)!.headers["x-cap-api-oauth-token"]).toBe("tok-2");
  });

  it("coalesces concurrent renewals into one request", async () => {
    stub = await startStub((req) => (req.url === TOKEN_PATH ? tokenReply("tok") : coupons()));
    client = createCapillaryClient(testConfig(stub.baseUrl), { logger: captureLogs().logger });
    await Promise.all(Array.from({ length: 5 }, () => client!.listCustomerCoupons("565032176")));
    expect(stub.requests.filter((r) => r.url === TOKEN_PATH)).toHaveLength(1);
  });

  it.each([401, 498])(
    "drops the token after a %i, fetches a new one and retries the call once",
    async (status) => {
      let issued = 0;
      stub = await startStub((req) => {
        if (req.url === TOKEN_PATH) return tokenReply(`tok-${++issued}`);
        return req.headers["x-cap-api-oauth-token"] === "tok-1"
          ? { status, json: { errors: [{ code: status }] } }
          : coupons();
      });
      client = createCapillaryClient(testConfig(stub.baseUrl), { logger: captureLogs().logger });
      const list = await client.listCustomerCoupons("565032176");
      expect(list).toHaveLength(4);
      expect(stub.requests.map((r) => r.url.split("?")[0])).toEqual([
        TOKEN_PATH,
        "/v2/customers/565032176/coupons",
        TOKEN_PATH,
        "/v2/customers/565032176/coupons",
      ]);
    },
  );

  it("retries a POST once after token renewal, too", async () => {
    let issued = 0;
    stub = await startStub((req) => {
      if (req.url === TOKEN_PATH) return tokenReply(`tok-${++issued}`);
      return req.headers["x-cap-api-oauth-token"] === "tok-1"
        ? { status: 498 }
        : { status: 200, json: { entity: true } };
    });
    client = createCapillaryClient(testConfig(stub.baseUrl), { logger: captureLogs().logger });
    await expect(
      client.validateOtp({ entityType: "MOBILE", value: "919111111111", code: "1234" }),
    ).resolves.toBe("valid");
    expect(stub.requests.filter((r) => r.url === "/v2/otp/validate")).toHaveLength(2);
  });

  it("a 401 after renewal is not_authorised, logged loudly, without endless renewals", async () => {
    stub = await startStub((req) => (req.url === TOKEN_PATH ? tokenReply("tok") : { status: 401 }));
    const logs = captureLogs();
    client = createCapillaryClient(testConfig(stub.baseUrl), { logger: logs.logger, retryBaseDelayMs: 1 });
    await expect(client.listCustomerCoupons("565032176")).rejects.toMatchObject({
      kind: "not_authorised",
      retryable: false,
    });
    expect(stub.requests).toHaveLength(4); // token, call, token, call
    expect(
      logs.entries.some((e) => e.level === "error" && e.msg.includes("check CAPILLARY_* configuration")),
    ).toBe(true);
  });

  it("a refused token request is not_authorised and never echoes the secret", async () => {
    stub = await startStub(() => ({
      status: 401,
      json: { data: null, errors: [{ code: 1001, message: "bad key s3cret-value" }] },
    }));
    const logs = captureLogs();
    client = createCapillaryClient(testConfig(stub.baseUrl), { logger: logs.logger });
    const error = await client.listCustomerCoupons("565032176").catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: "not_authorised" });
    expect(String((error as Error).message)).not.toContain("s3cret-value");
    expect(JSON.stringify(logs.entries)).not.toContain("s3cret-value");
    expect(stub.requests).toHaveLength(1);
  });

  it("keeps using a still-valid token when an early renewal fails", async () => {
    let clock = 0;
    let calls = 0;
    const auth = createOAuthAuth({
      now: () => clock,
      fetchToken: async () => {
        calls++;
        if (calls > 1) throw new Error("down");
        return { accessToken: "first", ttlSeconds: 300 };
      },
    });
    expect((await auth.headers()).credential).toBe("first");
    clock = 250_000; // past renewal point, before expiry
    expect((await auth.headers()).credential).toBe("first");
    clock = 299_000; // too close to expiry to trust it
    await expect(auth.headers()).rejects.toThrow("down");
  });
});
