import { ApiError } from "./api-error";

/**
 * State-changing routes accept only same-origin browser requests (a CSRF guard next to SameSite=Lax).
 * `required`: a request without an Origin is refused too (the staff console's writes: only its own page
 * sends them, and every browser sends Origin on a POST).
 */
export function assertSameOrigin(request: Request, { required = false } = {}): void {
  const origin = request.headers.get("origin");
  if (!origin) {
    if (required) throw new ApiError("forbidden", "api.crossSite");
    return; // non-browser clients send no Origin; they still need a session or hit throttles
  }
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    throw new ApiError("forbidden", "api.crossSite");
  }
  if (originHost !== host) throw new ApiError("forbidden", "api.crossSite");
}
