// The /__emulator/ test hooks: health, faults, request log, counters, reset.
import { beforeEach, describe, expect, it } from "vitest";
import { RequestLog } from "./request-log";
import { DEMO_BASIC, withEmulator } from "./test-helpers";

const h = withEmulator();
const COUPONS = "/v2/customers/500000001/coupons";
const basic = (path: string) => h.get(path, { Authorization: DEMO_BASIC });

beforeEach(async () => {
  await h.post("/__emulator/reset", {});
});

describe("health", () => {
  it("answers without auth", async () => {
    expect(await h.get("/__emulator/health")).toMatchObject({ status: 200, body: { ok: true } });
    expect((await h.get("/__emulator/nope")).status).toBe(404);
  });
});

describe("faults", () => {
  it("errorRate 1 fails every Capillary call with the injected status and a v2 body", async () => {
    expect((await h.post("/__emulator/faults", { errorRate: 1 })).body).toStrictEqual({
      latencyMs: 0,
      errorRate: 1,
      down: false,
      status: 500,
    });
    const res = await basic(COUPONS);
    expect(res.status).toBe(500);
    expect(res.body).toStrictEqual({
      errors: [{ status: false, code: 500, message: expect.any(String) }],
      warnings: [],
    });
    expect(res.headers.get("x-cap-requestid")).toBeTruthy();
    await h.post("/__emulator/faults", { status: 429 });
    expect((await basic(COUPONS)).status).toBe(429);
    // Hooks are never faulted.
    expect((await h.get("/__emulator/health")).status).toBe(200);
    await h.post("/__emulator/faults", { errorRate: 0 });
    expect((await basic(COUPONS)).status).toBe(200);
  });

  it("down answers 503 for every Capillary route, token generation included, until cleared", async () => {
    await h.post("/__emulator/faults", { down: true });
    expect((await basic(COUPONS)).status).toBe(503);
    expect((await h.post("/v3/oauth/token/generate", {})).status).toBe(503);
    expect((await h.get("/__emulator/faults")).body.down).toBe(true);
    await h.post("/__emulator/faults", { down: false });
    expect((await basic(COUPONS)).status).toBe(200);
  });

  it("latencyMs delays answers", async () => {
    await h.post("/__emulator/faults", { latencyMs: 150 });
    const start = performance.now();
    await basic(COUPONS);
    expect(performance.now() - start).toBeGreaterThanOrEqual(140);
  });

  it("rejects nonsense and reset clears faults", async () => {
    expect((await h.post("/__emulator/faults", { errorRate: 2 })).status).toBe(400);
    expect((await h.post("/__emulator/faults", { status: 200 })).status).toBe(400);
    expect((await h.post("/__emulator/faults", "x")).status).toBe(400);
    await h.post("/__emulator/faults", { down: true, latencyMs: 5 });
    await h.post("/__emulator/reset", {});
    expect((await h.get("/__emulator/faults")).body).toStrictEqual({
      latencyMs: 0,
      errorRate: 0,
      down: false,
      status: 500,
    });
  });
});

describe("request log and counters", () => {
  it("records Capillary calls with lower-cased headers, never the hooks", async () => {
    await h.get("/v2/customers/500000001/coupons?coupon_code_case=LOWER", {
      Authorization: DEMO_BASIC,
      "X-Custom": "yes",
    });
    await h.get("/v2/coupon/series?ids=1&ids=2");
    const { requests } = (await h.get("/__emulator/requests")).body;
    expect(requests).toHaveLength(2);
    expect(requests[0]).toMatchObject({
      method: "GET",
      path: "/v2/customers/500000001/coupons",
      query: { coupon_code_case: "LOWER" },
      headers: { authorization: DEMO_BASIC, "x-custom": "yes" },
      status: 200,
      at: expect.any(String),
    });
    expect(requests[1]).toMatchObject({ query: { ids: ["1", "2"] }, status: 401 });
  });

  it("counts requests per route", async () => {
    await h.token();
    await basic(COUPONS);
    await basic("/v2/customers/900000010/coupons");
    await basic("/v2/customers/500000001");
    await basic("/v2/customers/lookup?identifierName=mobile&identifierValue=919000000001");
    await basic("/v2/nothing-here");
    const counters = (await h.get("/__emulator/counters")).body;
    expect(counters.total).toBe(6);
    expect(counters.byRoute).toStrictEqual({
      "GET /v2/customers/:id/coupons": 2,
      "GET /v2/coupon/series": 0,
      "GET /v1.1/coupon/get": 0,
      "POST /v3/oauth/token/generate": 1,
      "POST /v2/otp/generate": 0,
      "POST /v2/otp/validate": 0,
      "GET /v2/customers/lookup": 1,
      "GET /v2/customers/lookup/customerDetails": 0,
      "GET /v2/customers/:id": 1,
      "GET /v2/customers/coupons": 0,
      "GET /v2/coupon/is_redeemable": 0,
      "POST /v2/coupon/redeem": 0,
      "POST /v2/coupon/reactivate": 0,
    });
  });

  it("reset clears the log and counters", async () => {
    await basic(COUPONS);
    await h.post("/__emulator/reset", {});
    expect((await h.get("/__emulator/requests")).body.requests).toStrictEqual([]);
    expect((await h.get("/__emulator/counters")).body.total).toBe(0);
  });

  it("keeps only the last 5,000 requests", () => {
    const log = new RequestLog();
    for (let i = 0; i < 5010; i++)
      log.record(
        { method: "GET", path: `/${i}`, query: {}, headers: {}, status: 200, at: "", bytes: 0 },
        null,
      );
    expect(log.requests()).toHaveLength(5000);
    expect(log.requests()[0]?.path).toBe("/10");
    expect(log.counters().total).toBe(5010);
  });
});

describe("who may use the hooks", () => {
  it("refuses a request without the run's secret, or with a wrong one", async () => {
    expect((await h.get("/__emulator/counters", { "x-emulator-token": "" })).status).toBe(401);
    expect(
      (await h.get("/__emulator/otp?entityValue=919000000001", { "x-emulator-token": "guess" })).status,
    ).toBe(401);
  });

  it("refuses anything a web page sends (it carries an Origin), secret or not", async () => {
    const res = await h.post("/__emulator/faults", { down: true }, { Origin: "http://evil.example" });
    expect(res.status).toBe(403);
    expect((await h.get("/__emulator/faults")).body.down).toBe(false);
  });
});
