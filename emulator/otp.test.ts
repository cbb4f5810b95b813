import { beforeEach, describe, expect, it } from "vitest";
import { TEST_START, withEmulator } from "./test-helpers";

const h = withEmulator();
const MOBILE = "919000000001";
const generate = async (entityValue: string, entityType = "MOBILE") =>
  h.post(
    "/v2/otp/generate",
    {
      entityType,
      entityValue,
      action: "GENERIC",
      channels: [{ type: entityType === "MOBILE" ? "SMS" : "EMAIL", value: entityValue }],
    },
    { "X-CAP-API-OAUTH-TOKEN": await h.token() },
  );
const validate = async (entityValue: string, code: string, entityType = "MOBILE") =>
  h.post(
    "/v2/otp/validate",
    { entityType, entityValue, code, action: "GENERIC" },
    { "X-CAP-API-OAUTH-TOKEN": await h.token() },
  );
const lastCode = () => /your one-time code is (\d{6})$/.exec(h.otpLines.at(-1) ?? "")?.[1] ?? "";

beforeEach(async () => {
  await h.post("/__emulator/reset", {});
  h.clock.set(TEST_START);
  h.otpLines.length = 0;
});

describe("POST /v2/otp/generate", () => {
  it("answers the same for known and unknown values and 'sends' a 6-digit code", async () => {
    const known = await generate(MOBILE);
    const unknown = await generate("917777777777");
    for (const res of [known, unknown]) {
      expect(res.status).toBe(200);
      expect(res.body).toStrictEqual({ createdId: expect.any(Number), warnings: [] });
    }
    expect(h.otpLines[0]).toMatch(
      /^\[capillary-emulator\] SMS to 919000000001: your one-time code is \d{6}$/,
    );
  });

  it("re-sends the same code inside the 10-minute window, a new one after it", async () => {
    await generate(MOBILE);
    const first = lastCode();
    h.clock.advance(9 * 60_000);
    await generate(MOBILE);
    expect(lastCode()).toBe(first);
    expect((await h.get(`/__emulator/otp?entityValue=${MOBILE}`)).body).toStrictEqual({ code: first });
    h.clock.advance(60_000);
    expect((await h.get(`/__emulator/otp?entityValue=${MOBILE}`)).status).toBe(404);
    expect((await validate(MOBILE, first)).body).toMatchObject({ entity: false, errors: [{ code: 605 }] });
  });

  it.each([
    [{ entityType: "FAX", entityValue: MOBILE, action: "GENERIC" }, 600],
    [{ entityType: "MOBILE", entityValue: "abc", action: "GENERIC" }, 601],
    [{ entityType: "EMAIL", entityValue: "not-an-email", action: "GENERIC" }, 601],
    [{ entityType: "MOBILE", entityValue: MOBILE }, 602],
    [{ entityType: "MOBILE", entityValue: MOBILE, action: "GENERIC", channels: "SMS" }, 603],
    ["garbage", 600],
  ])("rejects %j with 400 code %i", async (body, code) => {
    const res = await h.post("/v2/otp/generate", body, { "X-CAP-API-OAUTH-TOKEN": await h.token() });
    expect(res.status).toBe(400);
    expect(res.body.errors[0]).toMatchObject({ status: false, code });
  });

  it("needs auth like every Capillary call", async () => {
    expect(
      (await h.post("/v2/otp/generate", { entityType: "MOBILE", entityValue: MOBILE, action: "GENERIC" }))
        .status,
    ).toBe(401);
  });
});

describe("POST /v2/otp/validate", () => {
  it("accepts the right code once, then it is consumed", async () => {
    await generate(MOBILE);
    const code = lastCode();
    expect((await validate(MOBILE, code)).body).toStrictEqual({ entity: true, warnings: [] });
    const again = await validate(MOBILE, code);
    expect(again.status).toBe(200);
    expect(again.body).toStrictEqual({
      entity: false,
      errors: [{ status: false, code: 606, message: expect.any(String) }],
      warnings: [],
    });
  });

  it("matches mobiles on digits and emails case-insensitively", async () => {
    await generate("+91 90000-00001");
    expect((await validate(MOBILE, lastCode())).body.entity).toBe(true);
    await generate("Asha.Rao@Example.com", "EMAIL");
    expect((await validate("asha.rao@example.com", lastCode(), "EMAIL")).body.entity).toBe(true);
  });

  it("says 604 for a wrong code and throttles after 5 failures in 15 minutes", async () => {
    await generate(MOBILE);
    const code = lastCode();
    const wrong = code === "000000" ? "111111" : "000000";
    for (let i = 0; i < 5; i++) {
      const res = await validate(MOBILE, wrong);
      expect(res.status).toBe(200);
      expect(res.body.errors[0].code).toBe(604);
    }
    const throttled = await validate(MOBILE, code);
    expect(throttled.status).toBe(429);
    expect(throttled.body).toStrictEqual({
      entity: false,
      errors: [{ status: false, code: 429, message: "Too many attempts" }],
      warnings: [],
    });
    // Other entities are unaffected.
    await generate("919000000002");
    expect((await validate("919000000002", lastCode())).body.entity).toBe(true);
    // The window slides: 15 minutes after the failures the entity may try again (the old code has expired).
    h.clock.advance(15 * 60_000);
    await generate(MOBILE);
    expect((await validate(MOBILE, lastCode())).body.entity).toBe(true);
  });

  it("reset clears OTP state and throttling", async () => {
    await generate(MOBILE);
    for (let i = 0; i < 5; i++) await validate(MOBILE, "999999x");
    await h.post("/__emulator/reset", {});
    expect((await validate(MOBILE, "123456")).body.errors[0].code).toBe(606);
  });
});
