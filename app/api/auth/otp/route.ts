import { z } from "zod";
import { getCapillary, isCapillaryError } from "@/lib/capillary";
import { consumeAll } from "@/lib/server/auth/budget";
import { shopperBudgets } from "@/lib/server/auth/shopper-budgets";
import { getEnv } from "@/lib/server/env";
import { ApiError } from "@/lib/server/http/api-error";
import { addressKey, clientAddress } from "@/lib/server/http/client-address";
import { handleRoute } from "@/lib/server/http/handle-route";
import { assertSameOrigin } from "@/lib/server/http/same-origin";
import { log } from "@/lib/server/log";
import { metrics } from "@/lib/server/metrics";
import { maskIdentifier, parseShopperIdentifier } from "@/lib/shared/identifier";
import { mobileCountryOf } from "@/lib/shared/mobile-countries";

export const dynamic = "force-dynamic";

const body = z.object({ identifier: z.string().max(128) });

/**
 * Sends a one-time code. Known and unknown numbers get the same answer, so this route can't be used to
 * find out who has a wallet; the difference only shows after the code is proven. Only mobiles of the
 * configured countries are accepted, and every send spends the client's, the number's and the overall
 * budget, in that order.
 */
export const POST = handleRoute(async (request: Request) => {
  assertSameOrigin(request);
  const { otpCountries } = getEnv().limits;
  const parsed = body.safeParse(await request.json().catch(() => null));
  const identifier = parsed.success
    ? parseShopperIdentifier(parsed.data.identifier, otpCountries[0]?.callingCode)
    : null;
  if (!identifier) throw new ApiError("bad_request", "api.otpIdentifier");
  if (identifier.type === "mobile" && !mobileCountryOf(identifier.value, otpCountries)) {
    throw new ApiError("bad_request", {
      key: "api.otpCountries",
      values: { countries: otpCountries.map((c) => `+${c.callingCode}`).join(", ") },
    });
  }

  const budgets = shopperBudgets();
  const verdict = await consumeAll([
    [budgets.sendPerAddress, addressKey(clientAddress(request.headers))],
    [budgets.sendPerMobile, `${identifier.type}:${identifier.value}`],
    [budgets.sendTotal, "all"],
  ]);
  if (!verdict.allowed) {
    metrics().otpSends.inc({ outcome: "refused" });
    throw new ApiError(
      "throttled",
      {
        key: "api.otpThrottled",
        values: { minutes: Math.max(1, Math.ceil(verdict.retryAfterSeconds / 60)) },
      },
      verdict.retryAfterSeconds,
    );
  }
  try {
    await getCapillary().generateOtp({
      entityType: identifier.type === "email" ? "EMAIL" : "MOBILE",
      value: identifier.value,
    });
    metrics().otpSends.inc({ outcome: "sent" });
  } catch (error) {
    // An upstream refusal for an unknown number must look like success; only an outage is worth saying.
    if (
      !isCapillaryError(error) ||
      ["unavailable", "timeout", "not_authorised", "rate_limited"].includes(error.kind)
    ) {
      metrics().otpSends.inc({ outcome: "failed" });
      throw error;
    }
    metrics().otpSends.inc({ outcome: "refused_upstream" });
    log.warn("OTP generate refused", {
      who: maskIdentifier(identifier),
      kind: error.kind,
      capRequestId: error.requestId,
    });
  }
  return Response.json({ status: "sent" }, { headers: { "Cache-Control": "no-store" } });
});
