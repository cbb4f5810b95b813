import { describe, expect, it } from "vitest";
import { DEMO_CREDENTIALS } from "./credentials";
import { basicHeader, DEMO_BASIC, withEmulator } from "./test-helpers";

const h = withEmulator({
  oauth: { key: DEMO_CREDENTIALS.oauthKey, secret: DEMO_CREDENTIALS.oauthSecret, ttlSeconds: 300 },
});
const COUPONS = "/v2/customers/500000001/coupons";

describe("OAuth token generation", () => {
  it("issues a JWT-shaped token with the configured ttl", async () => {
    const res = await h.post("/v3/oauth/token/generate", {
      key: DEMO_CREDENTIALS.oauthKey,
      secret: DEMO_CREDENTIALS.oauthSecret,
    });
    expect(res.status).toBe(200);
    expect(res.body.errors).toBeNull();
    expect(res.body.data.ttlSeconds).toBe(300);
    expect(res.body.data.accessToken).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
  });

  it("rejects a wrong secret with 401 and the oauth error envelope", async () => {
    const res = await h.post("/v3/oauth/token/generate", { key: DEMO_CREDENTIALS.oauthKey, secret: "nope" });
    expect(res.status).toBe(401);
    expect(res.body).toMatchObject({ data: null, errors: [{ code: 401 }] });
  });

  it("rejects a malformed body with 400", async () => {
    const res = await h.post("/v3/oauth/token/generate", "not json");
    expect(res.status).toBe(400);
    expect(res.body.data).toBeNull();
  });
});

describe("authentication of Capillary calls", () => {
  it("401 without credentials, in the v2 error shape", async () => {
    const res = await h.get(COUPONS);
    expect(res.status).toBe(401);
    expect(res.body).toStrictEqual({
      errors: [{ status: false, code: 401, message: expect.any(String) }],
      warnings: [],
    });
    expect(res.headers.get("x-cap-requestid")).toBeTruthy();
  });

  it("401 for an unknown token and for wrong Basic credentials", async () => {
    expect((await h.get(COUPONS, { "X-CAP-API-OAUTH-TOKEN": "forged.token.value" })).status).toBe(401);
    expect(
      (await h.get(COUPONS, { Authorization: basicHeader(DEMO_CREDENTIALS.tillUsername, "wrong") })).status,
    ).toBe(401);
    // The password must be sent as its md5, not in clear.
    const clear = `Basic ${Buffer.from(`${DEMO_CREDENTIALS.tillUsername}:${DEMO_CREDENTIALS.tillPassword}`).toString("base64")}`;
    expect((await h.get(COUPONS, { Authorization: clear })).status).toBe(401);
  });

  it("accepts the demo till's Basic credentials", async () => {
    expect((await h.get(COUPONS, { Authorization: DEMO_BASIC })).status).toBe(200);
  });

  it("498 once the token's ttl has passed on the emulator clock", async () => {
    const token = await h.token();
    expect((await h.get(COUPONS, { "X-CAP-API-OAUTH-TOKEN": token })).status).toBe(200);
    h.clock.advance(299_000);
    expect((await h.get(COUPONS, { "X-CAP-API-OAUTH-TOKEN": token })).status).toBe(200);
    h.clock.advance(1_000);
    const res = await h.get(COUPONS, { "X-CAP-API-OAUTH-TOKEN": token });
    expect(res.status).toBe(498);
    expect(res.body).toStrictEqual({
      errors: [{ status: false, code: 498, message: "Token expired" }],
      warnings: [],
    });
    // A renewed token works again.
    expect((await h.authed(COUPONS)).status).toBe(200);
  });

  it("gives every response its own X-Cap-Requestid", async () => {
    const ids = new Set<string | null>();
    for (let i = 0; i < 5; i++) ids.add((await h.get(COUPONS)).headers.get("x-cap-requestid"));
    ids.add((await h.authed(COUPONS)).headers.get("x-cap-requestid"));
    expect(ids.size).toBe(6);
  });

  it("/__emulator/token-ttl changes the ttl of newly issued tokens", async () => {
    await h.post("/__emulator/token-ttl", { ttlSeconds: 2 });
    const token = await h.token();
    h.clock.advance(2_000);
    expect((await h.get(COUPONS, { "X-CAP-API-OAUTH-TOKEN": token })).status).toBe(498);
    expect((await h.post("/__emulator/token-ttl", { ttlSeconds: 0 })).status).toBe(400);
    await h.post("/__emulator/reset", {});
    const res = await h.post("/v3/oauth/token/generate", {
      key: DEMO_CREDENTIALS.oauthKey,
      secret: DEMO_CREDENTIALS.oauthSecret,
    });
    expect(res.body.data.ttlSeconds).toBe(300);
  });

  it("reset forgets issued tokens", async () => {
    const token = await h.token();
    await h.post("/__emulator/reset", {});
    expect((await h.get(COUPONS, { "X-CAP-API-OAUTH-TOKEN": token })).status).toBe(401);
  });
});
