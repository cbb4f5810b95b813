// POST /v2/otp/generate and POST /v2/otp/validate.
//
// generate → 200 `{"createdId":n,"warnings":[]}` for ANY well-formed value, known customer or not.
// validate → 200 `{"entity":true,"warnings":[]}` (the code is consumed), or 200
//   `{"entity":false,"errors":[{status:false,code,message}],"warnings":[]}` with code
//   604 wrong code, 605 expired, 606 no code pending. HTTP stays 200 so a client reading `entity` works.
// After 5 failed validations of one entity within 15 minutes: HTTP 429, code 429 "Too many attempts".
// Malformed bodies → 400, code 600 entityType, 601 entityValue, 602 action, 603 channels / code format.
import { type EmuRequest, type EmuResponse, isRecord, json, v2Error } from "../http";
import type { EntityType } from "../otp";
import type { EmulatorState } from "../state";

export const OTP_ERRORS = {
  ENTITY_TYPE: 600,
  ENTITY_VALUE: 601,
  ACTION: 602,
  FORMAT: 603,
  WRONG: 604,
  EXPIRED: 605,
  NONE: 606,
} as const;

type Parsed = { type: EntityType; value: string; body: Record<string, unknown> } | EmuResponse;

function parseEntity(body: unknown): Parsed {
  if (!isRecord(body)) return v2Error(400, OTP_ERRORS.ENTITY_TYPE, "Body must be a JSON object");
  const type = typeof body.entityType === "string" ? body.entityType.toUpperCase() : "";
  if (type !== "MOBILE" && type !== "EMAIL")
    return v2Error(400, OTP_ERRORS.ENTITY_TYPE, "entityType must be MOBILE or EMAIL");
  const value = typeof body.entityValue === "string" ? body.entityValue.trim() : "";
  const valid =
    type === "MOBILE"
      ? /^\+?[\d\s-]{8,20}$/.test(value) && value.replace(/\D/g, "").length >= 8
      : /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value);
  if (!valid) return v2Error(400, OTP_ERRORS.ENTITY_VALUE, `Invalid entityValue for ${type}`);
  if (typeof body.action !== "string" || !/^[A-Z_]{1,40}$/.test(body.action)) {
    return v2Error(400, OTP_ERRORS.ACTION, "action must be an OTP action such as GENERIC");
  }
  return { type, value, body };
}

const isError = (p: Parsed): p is EmuResponse => "status" in p;

export function otpGenerate(req: EmuRequest, state: EmulatorState): EmuResponse {
  const parsed = parseEntity(req.body);
  if (isError(parsed)) return parsed;
  const channels = parsed.body.channels;
  const channelsOk =
    channels === undefined ||
    (Array.isArray(channels) &&
      channels.every(
        (c) =>
          isRecord(c) && typeof c.type === "string" && (c.value === undefined || typeof c.value === "string"),
      ));
  if (!channelsOk) return v2Error(400, OTP_ERRORS.FORMAT, "channels must be [{type, value}]");
  const { code, createdId } = state.otp.generate(parsed.type, parsed.value, req.now);
  state.logOtp(`[capillary-emulator] SMS to ${parsed.value}: your one-time code is ${code}`);
  return json(200, { createdId, warnings: [] });
}

export function otpValidate(req: EmuRequest, state: EmulatorState): EmuResponse {
  const parsed = parseEntity(req.body);
  if (isError(parsed)) return parsed;
  const code = parsed.body.code;
  if (typeof code !== "string" && typeof code !== "number")
    return v2Error(400, OTP_ERRORS.FORMAT, "code is required");
  const result = state.otp.validate(parsed.type, parsed.value, String(code).trim(), req.now);
  if (result === "ok") return json(200, { entity: true, warnings: [] });
  if (result === "throttled") return v2Error(429, 429, "Too many attempts", { entity: false });
  const [errorCode, message] =
    result === "wrong"
      ? [OTP_ERRORS.WRONG, "Invalid OTP"]
      : result === "expired"
        ? [OTP_ERRORS.EXPIRED, "OTP expired"]
        : [OTP_ERRORS.NONE, "No OTP generated for this entity"];
  return v2Error(200, errorCode, message, { entity: false });
}
