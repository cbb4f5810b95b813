import "server-only";

import { createHash, timingSafeEqual } from "node:crypto";
import { cookies } from "next/headers";
import { getEnv } from "@/lib/server/env";
import { ApiError } from "./api-error";

// next-auth's own double-submit token: its cookie holds `token|sha256(token + secret)`, and the console
// sends `token` back in this header (read from GET /api/auth/csrf). A site that cannot read our cookies or
// that answer cannot forge the header.
export const CSRF_HEADER = "x-csrf-token";
const CSRF_COOKIES = ["__Host-next-auth.csrf-token", "next-auth.csrf-token"] as const;

function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

export async function assertCsrf(request: Request): Promise<void> {
  const sent = request.headers.get(CSRF_HEADER) ?? "";
  const jar = await cookies();
  const cookie = CSRF_COOKIES.map((name) => jar.get(name)?.value).find(Boolean) ?? "";
  const [token = "", hash = ""] = cookie.split("|");
  const expected = createHash("sha256").update(`${token}${getEnv().session.secret}`).digest("hex");
  if (!sent || !token || !sameText(hash, expected) || !sameText(sent, token))
    throw new ApiError("form_expired", "api.formExpired");
}
