// Test hooks under /__emulator/ on the emulator's own port. They are never logged or counted and bypass
// faults, so a test can always inspect and repair the emulator. They read OTPs and switch faults, so they
// ask for the run's secret (`x-emulator-token`) and refuse anything a web page could send: a request with an
// Origin header is a browser's, and a page the developer happens to visit must not drive the emulator.
import { timingSafeEqual } from "node:crypto";
import { mergeFaults } from "./faults";
import { type EmuRequest, type EmuResponse, isRecord, json } from "./http";
import { resetState, type EmulatorState } from "./state";

type Hook = (req: EmuRequest, state: EmulatorState) => EmuResponse;

const HOOKS: Record<string, Hook> = {
  "GET /__emulator/health": () => json(200, { ok: true }),
  "GET /__emulator/requests": (_req, s) => json(200, { requests: s.log.requests() }),
  "GET /__emulator/counters": (_req, s) => json(200, s.log.counters()),
  "POST /__emulator/reset": (_req, s) => {
    resetState(s);
    return json(200, { ok: true });
  },
  "GET /__emulator/faults": (_req, s) => json(200, s.faults),
  "POST /__emulator/faults": (req, s) => {
    const next = mergeFaults(s.faults, req.body);
    if (typeof next === "string") return json(400, { error: next });
    s.faults = next;
    return json(200, s.faults);
  },
  "POST /__emulator/token-ttl": (req, s) => {
    const ttl = isRecord(req.body) ? req.body.ttlSeconds : undefined;
    if (typeof ttl !== "number" || !Number.isInteger(ttl) || ttl < 1)
      return json(400, { error: "ttlSeconds must be a positive integer" });
    s.tokens.ttlSeconds = ttl;
    return json(200, { ttlSeconds: ttl });
  },
  // For automated tests only: a real Capillary must never be asked for a shopper's code on their behalf.
  "GET /__emulator/otp": (req, s) => {
    const value = req.query.get("entityValue") ?? "";
    const code = s.otp.current(value, req.now);
    return code === undefined
      ? json(404, { code: null, error: "no live OTP for that entityValue" })
      : json(200, { code });
  },
};

function sameSecret(given: unknown, expected: string): boolean {
  if (typeof given !== "string") return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function handleControl(req: EmuRequest, state: EmulatorState, controlToken: string): EmuResponse {
  if (req.headers.origin !== undefined) return json(403, { error: "cross-origin requests are refused" });
  if (!sameSecret(req.headers["x-emulator-token"], controlToken))
    return json(401, { error: "x-emulator-token is missing or wrong" });
  const hook = HOOKS[`${req.method} ${req.path.replace(/\/$/, "")}`];
  return hook ? hook(req, state) : json(404, { error: `no emulator hook ${req.method} ${req.path}` });
}
