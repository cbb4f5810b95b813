import { z } from "zod";
import { getCapillary, isCapillaryError } from "@/lib/capillary";
import { maskIdentifier, parseShopperIdentifier } from "@/lib/shared/identifier";
import { ApiError } from "@/lib/server/http/api-error";
import { handleRoute } from "@/lib/server/http/handle-route";
import { assertSameOrigin } from "@/lib/server/http/same-origin";
import { log } from "@/lib/server/log";
import { getSignInThrottles } from "@/lib/server/auth/shopper-throttles";

export const dynamic = "force-dynamic";

const body = z.object({ identifier: z.string().max(128) });

/**
 * Sends a one-time code. Known and unknown numbers get the same answer, so this route can't be used to
 * find out who has a wallet; the difference only shows after the code is proven.
 */
export const POST = handleRoute(async (request: Request) => {
  assertSameOrigin(request);
  const parsed = body.safeParse(await request.json().catch(() => null));
  const identifier = parsed.success ? parseShopperIdentifier(parsed.data.identifier) : null;
  if (!identifier)
    throw new ApiError("bad_request", "Enter a mobile number with 10 or more digits, or an e-mail.");

  const throttle = await getSignInThrottles().sendCode.consume(`${identifier.type}:${identifier.value}`);
  if (!throttle.allowed) {
    throw new ApiError("throttled", "Too many codes requested for this number.", throttle.retryAfterSeconds);
  }
  try {
    await getCapillary().generateOtp({
      entityType: identifier.type === "email" ? "EMAIL" : "MOBILE",
      value: identifier.value,
    });
  } catch (error) {
    // An upstream refusal for an unknown number must look like success; only an outage is worth saying.
    if (
      !isCapillaryError(error) ||
      ["unavailable", "timeout", "not_authorised", "rate_limited"].includes(error.kind)
    ) {
      throw error;
    }
    log.warn("OTP generate refused", {
      who: maskIdentifier(identifier),
      kind: error.kind,
      requestId: error.requestId,
    });
  }
  return Response.json({ status: "sent" }, { headers: { "Cache-Control": "no-store" } });
});
