// The staff API as the console's own page calls it, from a test's request context: every POST carries the
// app's Origin, a JSON body and next-auth's CSRF token (its cookie comes with GET /api/auth/csrf into the
// context's jar). Options take any one of those away or change it, for the tests that must be refused.
import { request as http } from "node:http";
import { encode } from "next-auth/jwt";
import type { APIRequestContext, APIResponse, BrowserContext } from "@playwright/test";
import { E2E_SESSION_SECRET } from "./ports";

export const CSRF_HEADER = "X-CSRF-Token";
export const CSRF_COOKIE = "next-auth.csrf-token";
export const SESSION_COOKIE = "next-auth.session-token";

export interface StaffPostOptions {
  method?: "POST" | "PUT" | "DELETE" | "GET";
  /** The Origin header: the app's own unless given; null sends none. */
  origin?: string | null;
  /** The X-CSRF-Token header: the context's own token unless given; null sends none. */
  csrfToken?: string | null;
  /** Sent as it is instead of `JSON.stringify(data)`. */
  raw?: string;
  /** application/json unless given. */
  contentType?: string;
}

export type StaffApi = ReturnType<typeof staffApi>;

/** `request`'s staff calls to the app at `appUrl` (a context's `request` shares the context's cookies). */
export function staffApi(request: APIRequestContext, appUrl: string) {
  const origin = new URL(appUrl).origin;
  let token: Promise<string> | undefined;
  const csrfToken = () =>
    (token ??= request
      .get("/api/auth/csrf")
      .then((response) => response.json() as Promise<{ csrfToken: string }>)
      .then((answer) => answer.csrfToken));

  async function post(path: string, data?: unknown, options: StaffPostOptions = {}): Promise<APIResponse> {
    const headers: Record<string, string> = { "Content-Type": options.contentType ?? "application/json" };
    const sentOrigin = options.origin === undefined ? origin : options.origin;
    if (sentOrigin !== null) headers.Origin = sentOrigin;
    const sentToken = options.csrfToken === undefined ? await csrfToken() : options.csrfToken;
    if (sentToken !== null) headers[CSRF_HEADER] = sentToken;
    const method = options.method ?? "POST";
    return request.fetch(path, {
      method,
      headers,
      ...(method === "GET" ? {} : { data: options.raw ?? JSON.stringify(data ?? {}) }),
      failOnStatusCode: false,
      maxRedirects: 0,
    });
  }

  return {
    request,
    origin,
    csrfToken,
    post,
    get: (path: string) => request.get(path, { failOnStatusCode: false, maxRedirects: 0 }),
    /** POSTs and answers the JSON body, failing on any status but 200. */
    async ok<T>(path: string, data: unknown): Promise<T> {
      const response = await post(path, data);
      if (response.status() !== 200)
        throw new Error(`${path} answered ${response.status()}: ${await response.text()}`);
      return (await response.json()) as T;
    },
  };
}

/** A staff session of its own (its own console lock, till and CSRF token), minted as the app would. */
export async function mintStaffSession(
  context: BrowserContext,
  appUrl: string,
  staffUser = "staff.demo",
  staffRole: "lookup" | "redeem" | "manager" = "redeem",
): Promise<void> {
  const now = Math.floor(Date.now() / 1000);
  const sid = `e2e-${staffUser}-${now}-${Math.random().toString(36).slice(2)}`;
  const value = await encode({
    token: { role: "staff", staffUser, staffRole, sid, endsAt: now + 3600 },
    secret: E2E_SESSION_SECRET,
    maxAge: 3600,
  });
  await context.addCookies([{ name: SESSION_COOKIE, value, url: appUrl }]);
}

/** Signs a member of staff in through next-auth's staff-password callback, as the sign-in page does. */
export async function signInStaffByApi(
  request: APIRequestContext,
  who: { username: string; password: string },
): Promise<void> {
  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const answer = await request.post("/api/auth/callback/staff-password", {
    form: { username: who.username, password: who.password, csrfToken, json: "true" },
    maxRedirects: 0,
    failOnStatusCode: false,
  });
  const cookies = answer.headersArray().filter((h) => h.name.toLowerCase() === "set-cookie");
  if (!cookies.some((h) => h.value.startsWith(`${SESSION_COOKIE}=`)))
    throw new Error(`signing ${who.username} in answered ${answer.status()} without a session`);
}

/**
 * A POST whose body comes in chunks with no Content-Length, which Playwright's request context never
 * sends: the body's size must be checked as read, not only as declared. `cookies`: the Cookie header.
 */
export function postChunked(
  url: string,
  headers: Record<string, string>,
  body: string,
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const sending = http(
      url,
      { method: "POST", headers: { ...headers, "Transfer-Encoding": "chunked" } },
      (res) => {
        let text = "";
        res.setEncoding("utf8");
        res.on("data", (chunk: string) => (text += chunk));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body: text }));
      },
    );
    sending.on("error", reject);
    for (let at = 0; at < body.length; at += 1000) sending.write(body.slice(at, at + 1000));
    sending.end();
  });
}

/** The Cookie header a browser context would send to `appUrl`. */
export async function cookieHeader(context: BrowserContext, appUrl: string): Promise<string> {
  return (await context.cookies(appUrl)).map((c) => `${c.name}=${c.value}`).join("; ");
}
