import "server-only";
import { isCapillaryError, type CapillaryError } from "@/lib/capillary";
import { log } from "@/lib/server/log";
import { localeOfRequest } from "@/lib/server/i18n/locale";
import { wordsIn } from "@/lib/server/i18n/words";
import { requestIdFrom, withRequestId } from "@/lib/server/request-context";
import { ApiError, errorResponse } from "./api-error";

function fromCapillary(error: CapillaryError): ApiError {
  switch (error.kind) {
    case "invalid_input":
    case "invalid_customer_id":
      return new ApiError("bad_request", "api.invalidRequest");
    case "customer_not_found":
      return new ApiError("not_found", "api.customerNotFound");
    case "forbidden":
      return new ApiError("forbidden", "api.capillaryForbidden");
    case "not_authorised":
      // Our own credentials were refused: an operator problem, never the shopper's fault.
      return new ApiError("upstream_misconfigured", "api.couponsUnavailable");
    case "rate_limited":
      return new ApiError("upstream_unavailable", "api.capillaryBusy", 60);
    case "bad_response":
      // Capillary answered, but not in a way we can read (an unexplained 404, a changed shape): not an
      // outage, and saying "can't reach" would send staff and shoppers looking for the wrong problem.
      return new ApiError("upstream_error", "api.couldNotLoad");
    case "no_coupons":
      return new ApiError("not_found", "api.noCoupons");
    default:
      return new ApiError("upstream_unavailable", "api.unreachable", 5);
  }
}

function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  if (isCapillaryError(error)) return fromCapillary(error);
  log.error("unexpected error in a route", { error: error instanceof Error ? error.name : typeof error });
  return new ApiError("internal", "api.internal");
}

/**
 * Wraps a route handler so every failure leaves as the one JSON error shape, its message in the asker's
 * language, and every log line written while it runs (and the response's X-Request-Id) names the request.
 */
export function handleRoute<Args extends [Request, ...unknown[]]>(
  handler: (...args: Args) => Promise<Response>,
): (...args: Args) => Promise<Response> {
  return async (...args) => {
    const requestId = requestIdFrom(args[0].headers);
    const response = await withRequestId(requestId, async () => {
      try {
        return await handler(...args);
      } catch (error) {
        const failure = toApiError(error);
        return errorResponse(failure, await wordsIn(localeOfRequest(args[0])));
      }
    });
    response.headers.set("X-Request-Id", requestId);
    return response;
  };
}
