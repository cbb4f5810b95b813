// Staff passwords: scrypt with a random salt, stored as `scrypt$N$r$p$salt$hash` (base64url, so never a
// ":" — STAFF_USERS uses ":" between username and hash). Deliberately slow; verification is constant-time.
import { randomBytes, scrypt as scryptCb, timingSafeEqual, type ScryptOptions } from "node:crypto";

const scrypt = (password: string, salt: Buffer, keyLength: number, options: ScryptOptions) =>
  new Promise<Buffer>((resolve, reject) =>
    scryptCb(password, salt, keyLength, options, (error, key) => (error ? reject(error) : resolve(key))),
  );

// 64 MiB of memory per hash (OWASP's scrypt floor is N=2^16, r=8, p=1 at this level of memory).
const DEFAULTS = { N: 2 ** 16, r: 8, p: 1 } as const;
const KEY_LENGTH = 32;
const SALT_BYTES = 16;
// Bounds for parameters read back from configuration, so a typo can't make one sign-in eat the server.
const MAX_N = 2 ** 20;
const MAX_R = 32;
const MAX_P = 4;

export interface ScryptParams {
  N: number;
  r: number;
  p: number;
}

const maxmem = ({ N, r, p }: ScryptParams) => 128 * N * r * p + 32 * 1024 * 1024;

export async function hashPassword(password: string, params: ScryptParams = DEFAULTS): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const key = await scrypt(password.normalize("NFKC"), salt, KEY_LENGTH, {
    ...params,
    maxmem: maxmem(params),
  });
  return ["scrypt", params.N, params.r, params.p, salt.toString("base64url"), key.toString("base64url")].join(
    "$",
  );
}

interface ParsedHash extends ScryptParams {
  salt: Buffer;
  key: Buffer;
}

const isPowerOfTwo = (n: number) => n > 1 && (n & (n - 1)) === 0;
const B64URL = /^[A-Za-z0-9_-]+$/;

export function parsePasswordHash(stored: string): ParsedHash | null {
  const [scheme, n, r, p, salt, key, ...rest] = stored.split("$");
  if (scheme !== "scrypt" || rest.length > 0 || !salt || !key || !B64URL.test(salt) || !B64URL.test(key))
    return null;
  const N = Number(n);
  const R = Number(r);
  const P = Number(p);
  if (!isPowerOfTwo(N) || N > MAX_N || !Number.isInteger(R) || R < 1 || R > MAX_R) return null;
  if (!Number.isInteger(P) || P < 1 || P > MAX_P) return null;
  const keyBytes = Buffer.from(key, "base64url");
  if (keyBytes.length < 16) return null;
  return { N, r: R, p: P, salt: Buffer.from(salt, "base64url"), key: keyBytes };
}

export function isPasswordHash(stored: string): boolean {
  return parsePasswordHash(stored) !== null;
}

/** True when `password` matches `stored`. A malformed hash never matches. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parsed = parsePasswordHash(stored);
  if (!parsed) return false;
  const { salt, key, ...params } = parsed;
  const candidate = await scrypt(password.normalize("NFKC"), salt, key.length, {
    ...params,
    maxmem: maxmem(params),
  });
  return timingSafeEqual(candidate, key);
}
