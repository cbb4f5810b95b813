import "server-only";

import { readCapillaryCodes } from "../request/error-body";
import { isCapillaryError } from "../request/errors";
import { decode, type ResourceContext } from "../request/resource-context";
import { otpValidateSchema } from "../schemas/customer";
import { path } from "../request/url";
import { assertIdentifierValue, assertOtpCode, assertOtpEntityType } from "../request/validate";

export interface OtpTarget {
  entityType: "MOBILE" | "EMAIL";
  /** Mobile with country code and no "+", or e-mail, as Capillary stores it. */
  value: string;
}

export type OtpVerdict = "valid" | "invalid" | "throttled";

/** Capillary's "wrong input / no OTP / wrong or expired OTP" codes. */
const INVALID_OTP_CODES = new Set([600, 601, 602, 603, 604, 605, 606]);

/**
 * `POST /v2/otp/generate`: Capillary sends the code by SMS or e-mail. Not retried: a repeated POST could
 * send a second message. (Asking again within the expiry window re-sends the same code.)
 */
export async function generateOtp(ctx: ResourceContext, target: OtpTarget): Promise<void> {
  const entityType = assertOtpEntityType(target.entityType);
  const value = assertIdentifierValue(target.value);
  await ctx.http({
    method: "POST",
    path: path`/v2/otp/generate`,
    body: {
      entityType,
      entityValue: value,
      action: "GENERIC",
      channels: [{ type: entityType === "MOBILE" ? "SMS" : "EMAIL", value }],
    },
  });
}

/**
 * `POST /v2/otp/validate` → a verdict. Wrong or expired codes are an answer ("invalid"), as is being
 * throttled; anything else (outage, our credentials) stays an error for the caller.
 */
export async function validateOtp(
  ctx: ResourceContext,
  input: OtpTarget & { code: string },
): Promise<OtpVerdict> {
  const entityType = assertOtpEntityType(input.entityType);
  const value = assertIdentifierValue(input.value);
  const code = assertOtpCode(input.code);
  const route = path`/v2/otp/validate`;
  try {
    const result = await ctx.http({
      method: "POST",
      path: route,
      body: { entityType, entityValue: value, code, action: "GENERIC" },
    });
    const codes = readCapillaryCodes(result.body);
    if (codes.includes(429)) return "throttled";
    const { entity } = decode(ctx, otpValidateSchema, result, route.template);
    if (entity === true && !codes.some((c) => typeof c === "number" && INVALID_OTP_CODES.has(c)))
      return "valid";
    return "invalid";
  } catch (error) {
    if (!isCapillaryError(error)) throw error;
    if (error.kind === "rate_limited") return "throttled";
    const code = typeof error.capillaryCode === "string" ? Number(error.capillaryCode) : error.capillaryCode;
    if (code !== undefined && INVALID_OTP_CODES.has(code)) return "invalid";
    if (error.kind === "invalid_input" && error.httpStatus !== undefined) return "invalid";
    throw error;
  }
}
