import { NextResponse, type NextRequest } from "next/server";
import { getEnv } from "@/lib/server/env";
import { contentSecurityPolicy } from "@/lib/server/security/content-security-policy";

/**
 * A fresh CSP nonce for every page. Next reads the CSP from the request headers and puts
 * the nonce on its own scripts. Authorisation is not decided here: every page and route checks the
 * session itself, where the data is read.
 */
export function proxy(request: NextRequest) {
  // A malformed escape such as "%" or "%E0%A4" would make route matching throw (a 500); it is bad input.
  if (!decodesCleanly(request.nextUrl.pathname)) {
    return Response.json(
      { error: { code: "bad_request", message: "That address is not valid." } },
      { status: 400 },
    );
  }
  // An API answer is not a page: it needs no nonce, and next.config.js gives it a fixed policy. The matcher
  // sends an API path here only when it holds an escape, for the check above.
  if (request.nextUrl.pathname.startsWith("/api/")) return NextResponse.next();
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const { logo } = getEnv().brand;
  const policy = contentSecurityPolicy(nonce, {
    development: process.env.NODE_ENV === "development",
    imageOrigins: logo?.kind === "url" ? [logo.origin] : [],
  });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

function decodesCleanly(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

// Pages, and API paths only when they hold an escape: running the proxy cost every API call about 1 ms (a
// fifth of a warm /api/wallet at 0 ms upstream; docs/performance.md, "p50 at 50 ms upstream").
export const config = {
  matcher: [
    {
      source: "/((?!_next/static|_next/image|favicon.ico|serwist/|api/).*)",
      missing: [{ type: "header", key: "next-router-prefetch" }],
    },
    "/api/(.*%.*)",
  ],
};
