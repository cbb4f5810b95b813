// The Capillary routes the emulator answers. Order matters: `/v2/customers/lookup` must win over
// `/v2/customers/:id`.
import type { EmuRequest, EmuResponse } from "./http";
import type { RouteKey } from "./request-log";
import { couponGet } from "./routes/coupon-get";
import { couponSeries } from "./routes/coupon-series";
import { couponList } from "./routes/coupon-list";
import { customerCoupons } from "./routes/customer-coupons";
import { isRedeemable, reactivate, redeem } from "./routes/redemption";
import { customerById, customerLookup, customerLookupDetails } from "./routes/customers";
import { generateToken } from "./routes/oauth";
import { otpGenerate, otpValidate } from "./routes/otp";
import type { EmulatorState } from "./state";

export interface Route {
  key: RouteKey;
  method: string;
  pattern: RegExp;
  /** False only for token generation, which is how a client obtains auth in the first place. */
  auth: boolean;
  handle: (req: EmuRequest, state: EmulatorState) => EmuResponse;
}

const route = (key: RouteKey, pattern: RegExp, handle: Route["handle"], auth = true): Route => ({
  key,
  method: key.split(" ")[0] as string,
  pattern,
  auth,
  handle,
});

export const ROUTES: readonly Route[] = [
  route("POST /v3/oauth/token/generate", /^\/v3\/oauth\/token\/generate\/?$/, generateToken, false),
  route(
    "GET /v2/customers/lookup/customerDetails",
    /^\/v2\/customers\/lookup\/customerDetails\/?$/,
    customerLookupDetails,
  ),
  route("GET /v2/customers/lookup", /^\/v2\/customers\/lookup\/?$/, customerLookup),
  route("GET /v2/customers/coupons", /^\/v2\/customers\/coupons\/?$/, couponList),
  route("GET /v2/customers/:id/coupons", /^\/v2\/customers\/(?<id>[^/]+)\/coupons\/?$/, customerCoupons),
  route("GET /v2/customers/:id", /^\/v2\/customers\/(?<id>[^/]+)\/?$/, customerById),
  route("GET /v2/coupon/series", /^\/v2\/coupon\/series\/?$/, couponSeries),
  route("GET /v1.1/coupon/get", /^\/v1\.1\/coupon\/get\/?$/, couponGet),
  route("GET /v2/coupon/is_redeemable", /^\/v2\/coupon\/is_redeemable\/?$/, isRedeemable),
  route("POST /v2/coupon/redeem", /^\/v2\/coupon\/redeem\/?$/, redeem),
  route("POST /v2/coupon/reactivate", /^\/v2\/coupon\/reactivate\/?$/, reactivate),
  route("POST /v2/otp/generate", /^\/v2\/otp\/generate\/?$/, otpGenerate),
  route("POST /v2/otp/validate", /^\/v2\/otp\/validate\/?$/, otpValidate),
];

/** The route for a method and path, with its decoded path parameters; `wrongMethod` when only the path fits. */
export function matchRoute(
  method: string,
  path: string,
): { route: Route; params: Record<string, string> } | "wrongMethod" | null {
  let pathMatched = false;
  for (const r of ROUTES) {
    const m = r.pattern.exec(path);
    if (!m) continue;
    if (r.method !== method) {
      pathMatched = true;
      continue;
    }
    const params: Record<string, string> = {};
    for (const [k, v] of Object.entries(m.groups ?? {})) params[k] = safeDecode(v);
    return { route: r, params };
  }
  return pathMatched ? "wrongMethod" : null;
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
