import "server-only";

import { createHash } from "node:crypto";

import { errorForStatus, readCapillaryCodes } from "./error-body";
import { CapillaryError } from "./errors";
import type { Logger } from "./log";
import { oauthTokenSchema } from "../schemas/customer";
import type { Transport } from "./transport";

/**
 * How our server proves itself to Capillary. `headers()` gives the headers for one call plus an opaque
 * `credential` naming them, so a rejected call can drop exactly the token it used (and not a newer one
 * another call has just fetched).
 */
export interface AuthProvider {
  readonly kind: "oauth" | "basic";
  headers(): Promise<{ headers: Record<string, string>; credential: string }>;
  /** Forget a credential Capillary rejected. Returns whether asking for a fresh one can help. */
  invalidate(credential: string): boolean;
}

/** Capillary's till scheme: `Basic base64(username:md5hex(password))`, the digest in lower-case hex. */
export function basicAuthorization(username: string, password: string): string {
  const digest = createHash("md5").update(password, "utf8").digest("hex");
  return `Basic ${Buffer.from(`${username}:${digest}`, "utf8").toString("base64")}`;
}

export function createBasicAuth(username: string, password: string): AuthProvider {
  const header = basicAuthorization(username, password);
  return {
    kind: "basic",
    headers: async () => ({ headers: { Authorization: header }, credential: "basic" }),
    invalidate: () => false, // a till password does not change by asking again
  };
}

export interface OAuthToken {
  accessToken: string;
  ttlSeconds: number;
}

/**
 * When to renew: 80 % of the lifetime or 30 s before the end, whichever comes first, but never before half
 * the lifetime (a 20 s token would otherwise be renewed on every call).
 */
export function renewAfterMs(ttlSeconds: number): number {
  const ttlMs = ttlSeconds * 1000;
  return Math.max(ttlMs * 0.5, Math.min(ttlMs * 0.8, ttlMs - 30_000));
}

export function createOAuthAuth(options: {
  fetchToken: () => Promise<OAuthToken>;
  now?: () => number;
  logger?: Logger;
}): AuthProvider {
  const now = options.now ?? Date.now;
  let current: { token: string; renewAt: number; expiresAt: number } | undefined;
  let inflight: Promise<string> | undefined;

  const renew = (): Promise<string> => {
    // Coalesce: every caller that finds the token stale waits on the same single request.
    inflight ??= (async () => {
      try {
        const startedAt = now();
        const { accessToken, ttlSeconds } = await options.fetchToken();
        current = {
          token: accessToken,
          renewAt: startedAt + renewAfterMs(ttlSeconds),
          expiresAt: startedAt + ttlSeconds * 1000,
        };
        return accessToken;
      } finally {
        inflight = undefined;
      }
    })();
    return inflight;
  };

  return {
    kind: "oauth",
    async headers() {
      let token: string;
      if (current && now() < current.renewAt) {
        token = current.token;
      } else {
        const stale = current;
        try {
          token = await renew();
        } catch (error) {
          // Renewal is early on purpose; while the old token is still valid a failed renewal costs nothing.
          if (!stale || now() >= stale.expiresAt - 5_000) throw error;
          options.logger?.({ level: "warn", msg: "Capillary token renewal failed; using the current token" });
          token = stale.token;
        }
      }
      return { headers: { "X-CAP-API-OAUTH-TOKEN": token }, credential: token };
    },
    invalidate(credential) {
      if (current?.token === credential) current = undefined;
      return true;
    },
  };
}

/** `POST /v3/oauth/token/generate`. Never retried by itself: the call it serves decides about retries. */
export async function fetchOAuthToken(options: {
  transport: Transport;
  baseUrl: string;
  key: string;
  secret: string;
  timeoutMs: number;
  logger: Logger;
}): Promise<OAuthToken> {
  const template = "/v3/oauth/token/generate";
  const response = await options.transport.send({
    method: "POST",
    url: `${options.baseUrl}${template}`,
    headers: { "Content-Type": "application/json", Accept: "application/json" },
    body: JSON.stringify({ key: options.key, secret: options.secret }),
    timeoutMs: options.timeoutMs,
  });
  const requestId = response.requestId;
  let body: unknown = null;
  try {
    body = response.text === "" ? null : (JSON.parse(response.text) as unknown);
  } catch {
    body = null;
  }
  const parsed =
    response.status >= 200 && response.status < 300 ? oauthTokenSchema.safeParse(body) : undefined;
  if (parsed?.success) return parsed.data.data;

  const codes = readCapillaryCodes(body);
  const refused =
    [400, 401, 403, 404].includes(response.status) || (parsed !== undefined && codes.length > 0);
  if (refused) {
    options.logger({
      level: "error",
      msg: "Capillary rejected our credentials: check CAPILLARY_* configuration",
      path: template,
      status: response.status,
      capillaryCode: codes[0],
      requestId,
    });
    throw new CapillaryError("not_authorised", "Capillary refused to issue an access token", {
      httpStatus: response.status,
      ...(codes[0] !== undefined ? { capillaryCode: codes[0] } : {}),
      ...(requestId ? { requestId } : {}),
      retryable: false,
    });
  }
  const error =
    parsed === undefined
      ? errorForStatus(response.status, codes, requestId)
      : new CapillaryError("bad_response", "Capillary token answer has an unexpected shape", {
          httpStatus: response.status,
          ...(requestId ? { requestId } : {}),
        });
  options.logger({
    level: "warn",
    msg: "Capillary token request failed",
    path: template,
    status: response.status,
    kind: error.kind,
    requestId,
  });
  throw error;
}
