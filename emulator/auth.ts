// Capillary's two ways in: an OAuth token from /v3/oauth/token/generate in X-CAP-API-OAUTH-TOKEN, or
// till credentials as `Basic base64(user:md5hex(password))`. Tokens are remembered until /__emulator/reset
// so an expired one can answer 498 (renew) rather than 401 (reject).
import { createHash, createHmac, randomBytes } from "node:crypto";
import type { IncomingHttpHeaders } from "node:http";
import { type EmuResponse, v2Error } from "./http";

const b64url = (value: string | Buffer) => Buffer.from(value).toString("base64url");

export class TokenRegistry {
  private readonly tokens = new Map<string, number>();
  private readonly signingKey = randomBytes(32);

  constructor(public ttlSeconds: number) {}

  /** A JWT-shaped opaque token; only this registry's memory makes it valid. */
  issue(subject: string, now: Date): { accessToken: string; ttlSeconds: number } {
    const iat = Math.floor(now.getTime() / 1000);
    const header = b64url(JSON.stringify({ alg: "HS256", typ: "JWT" }));
    const payload = b64url(
      JSON.stringify({
        iss: "capillary-emulator",
        sub: subject,
        jti: randomBytes(8).toString("hex"),
        iat,
        exp: iat + this.ttlSeconds,
      }),
    );
    const signature = createHmac("sha256", this.signingKey)
      .update(`${header}.${payload}`)
      .digest("base64url");
    const accessToken = `${header}.${payload}.${signature}`;
    this.tokens.set(accessToken, now.getTime() + this.ttlSeconds * 1000);
    return { accessToken, ttlSeconds: this.ttlSeconds };
  }

  check(token: string, now: Date): "valid" | "expired" | "unknown" {
    const expiresAt = this.tokens.get(token);
    if (expiresAt === undefined) return "unknown";
    return now.getTime() < expiresAt ? "valid" : "expired";
  }

  clear(): void {
    this.tokens.clear();
  }
}

export interface BasicCredentials {
  username: string;
  password: string;
}

export function md5Hex(value: string): string {
  return createHash("md5").update(value, "utf8").digest("hex");
}

function header(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** null when the request may proceed, else the error to send. The OAuth header wins when both are sent. */
export function authenticate(
  headers: IncomingHttpHeaders,
  now: Date,
  tokens: TokenRegistry,
  basic: BasicCredentials,
): EmuResponse | null {
  const token = header(headers, "x-cap-api-oauth-token");
  if (token !== undefined) {
    const state = tokens.check(token.trim(), now);
    if (state === "valid") return null;
    if (state === "expired") return v2Error(498, 498, "Token expired");
    return v2Error(401, 401, "Invalid auth: unknown OAuth token");
  }
  const authorization = header(headers, "authorization");
  if (authorization === undefined) return v2Error(401, 401, "Invalid auth: no credentials");
  const m = /^Basic\s+(\S+)$/i.exec(authorization.trim());
  const decoded = m?.[1] ? Buffer.from(m[1], "base64").toString("utf8") : "";
  const expected = `${basic.username}:${md5Hex(basic.password)}`;
  return decoded === expected ? null : v2Error(401, 401, "Invalid auth: wrong username or password");
}
