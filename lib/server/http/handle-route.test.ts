// A route's error answer reads in the asker's language: their choice (the cookie), else their browser's,
// else the brand's default. The code stays the same in every language, for programs to act on.
import { describe, expect, it } from "vitest";
import { CapillaryError } from "@/lib/capillary";
import { ApiError } from "./api-error";
import { handleRoute } from "./handle-route";

const failing = (error: unknown) =>
  handleRoute(async (_request: Request) => {
    throw error;
  });

async function answer(error: unknown, headers: Record<string, string> = {}) {
  const response = await failing(error)(new Request("http://wallet.test/api/x", { headers }));
  const body = (await response.json()) as { error: { code: string; message: string } };
  return { status: response.status, retryAfter: response.headers.get("Retry-After"), ...body.error };
}

describe("handleRoute's error answers", () => {
  const notFound = new ApiError("not_found", "api.couponNotInWallet");

  it("speak English by default", async () => {
    expect(await answer(notFound)).toEqual({
      status: 404,
      retryAfter: null,
      code: "not_found",
      message: "That coupon isn't in your wallet.",
    });
  });

  it("speak the language the browser asks for", async () => {
    const hindi = await answer(notFound, { "Accept-Language": "hi-IN,hi;q=0.9,en;q=0.8" });
    expect(hindi).toMatchObject({ code: "not_found", message: "वह कूपन आपके वॉलेट में नहीं है।" });
  });

  it("speak the language the visitor chose, over the browser's", async () => {
    const arabic = await answer(notFound, {
      Cookie: "theme=dark; wallet-locale=ar",
      "Accept-Language": "hi",
    });
    expect(arabic).toMatchObject({ code: "not_found", message: "هذه القسيمة ليست في محفظتك." });
  });

  it("still answer, in the chosen language, when the handler had read the body before failing", async () => {
    const readThenFail = handleRoute(async (request: Request) => {
      await request.json();
      throw new ApiError("bad_request", "api.otpIdentifier");
    });
    const request = new Request("http://wallet.test/api/x", {
      method: "POST",
      headers: { Cookie: "wallet-locale=hi", "Content-Type": "application/json" },
      body: "{}",
    });
    const response = await readThenFail(request);
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      error: { code: "bad_request", message: "10 या अधिक अंकों वाला मोबाइल नंबर, या ई-मेल दर्ज करें।" },
    });
  });

  it("fill in a message's arguments, plurals included", async () => {
    const throttled = new ApiError("throttled", { key: "api.otpThrottled", values: { minutes: 2 } }, 120);
    expect(await answer(throttled)).toMatchObject({
      status: 429,
      retryAfter: "120",
      message: "Too many codes requested. Try again in 2 minutes.",
    });
    const once = new ApiError("throttled", { key: "api.otpThrottled", values: { minutes: 1 } }, 60);
    expect((await answer(once)).message).toBe("Too many codes requested. Try again in a minute.");
    expect((await answer(throttled, { "Accept-Language": "ar" })).message).toContain("دقيقتين");
  });

  it("word Capillary's failures in the asker's language too", async () => {
    const outage = new CapillaryError("unavailable", "timed out", { retryable: true });
    expect(await answer(outage)).toMatchObject({
      status: 503,
      code: "upstream_unavailable",
      message: "We can't reach the coupon service right now. Please try again.",
    });
    expect(await answer(outage, { "Accept-Language": "hi" })).toMatchObject({
      code: "upstream_unavailable",
      message: "हम अभी कूपन सेवा तक नहीं पहुँच पा रहे। कृपया फिर कोशिश करें।",
    });
  });

  it("never show an unexpected error's own text", async () => {
    expect(await answer(new Error("secret upstream body"), { "Accept-Language": "ar" })).toMatchObject({
      status: 500,
      code: "internal",
      message: "حدث خطأ من جهتنا.",
    });
  });
});
