import { NextResponse, type NextRequest } from "next/server";
import { getEnv } from "@/lib/server/env";
import { contentSecurityPolicy } from "@/lib/server/security/content-security-policy";

/**
 * A fresh CSP nonce for every page and API response. Next reads the CSP from the request headers and puts
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
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const { logo } = getEnv().brand;
  const policy = contentSecurityPolicy(nonce, {
    development: process.env.NODE_ENV === "development",
    imageOrigins: logo?.kind === "url" ? [logo.origin] : [],
  });
  // An API answer is not a page: Next has no scripts to put the nonce on, so the request goes on as it
  // came (rewriting its headers costs every API call a copy of them) and only the answer carries the policy.
  if (request.nextUrl.pathname.startsWith("/api/")) {
    const response = NextResponse.next();
    response.headers.set("Content-Security-Policy", policy);
    return response;
  }
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

export const config = {
  matcher: [
    {
      source: "/((?!_next/static|_next/image|favicon.ico|serwist/).*)",
      missing: [{ type: "header", key: "next-router-prefetch" }],
    },
  ],
};
