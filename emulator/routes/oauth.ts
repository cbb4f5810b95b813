// POST /v3/oauth/token/generate. Its envelope differs from v2's: `{"data":...,"errors":null}` on success
// and `{"data":null,"errors":[{code,message}]}` on failure (401 wrong key/secret, 400 malformed body).
import { timingSafeEqual } from "node:crypto";
import { type EmuRequest, type EmuResponse, isRecord, json } from "../http";
import type { EmulatorState } from "../state";

const failure = (status: number, code: number, message: string) =>
  json(status, { data: null, errors: [{ code, message }] });

function same(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export function generateToken(req: EmuRequest, state: EmulatorState): EmuResponse {
  const body = req.body;
  if (!isRecord(body) || typeof body.key !== "string" || typeof body.secret !== "string") {
    return failure(400, 400, 'Body must be JSON {"key": string, "secret": string}');
  }
  if (!same(body.key, state.oauth.key) || !same(body.secret, state.oauth.secret)) {
    return failure(401, 401, "Invalid client key or secret");
  }
  return json(200, { data: state.tokens.issue(body.key, req.now), errors: null });
}
