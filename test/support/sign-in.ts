// Shopper sign-in without a browser, as the sign-in page does it: request a code, read it from the
// emulator's test hook (the shopper's SMS), then next-auth's credentials callback with its CSRF token.
import type { EmulatorClient } from "./emulator-client";

const SESSION_COOKIE = "next-auth.session-token";

export interface ShopperSession {
  mobile: string;
  /** `next-auth.session-token=…` (chunked cookies joined), ready for a Cookie header. */
  cookie: string;
  /** Name/value pairs, for a browser context. */
  pairs: { name: string; value: string }[];
}

function cookiesFrom(response: Response): Map<string, string> {
  const jar = new Map<string, string>();
  for (const line of response.headers.getSetCookie()) {
    const pair = line.split(";")[0] ?? "";
    const eq = pair.indexOf("=");
    if (eq > 0) jar.set(pair.slice(0, eq).trim(), pair.slice(eq + 1).trim());
  }
  return jar;
}

const timeout = () => AbortSignal.timeout(15_000);

/** POST /api/auth/otp; the HTTP status (200 "sent", 429 throttled, 400 refused). */
export async function requestCode(appUrl: string, identifier: string): Promise<number> {
  const response = await fetch(`${appUrl}/api/auth/otp`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ identifier }),
    signal: timeout(),
  });
  await response.arrayBuffer();
  return response.status;
}

export async function signInShopper(
  appUrl: string,
  emulator: EmulatorClient,
  mobile: string,
): Promise<ShopperSession> {
  const sent = await requestCode(appUrl, mobile);
  if (sent !== 200) throw new Error(`POST /api/auth/otp for ${mobile} answered ${sent}`);
  const code = await emulator.otp(mobile);

  const csrf = await fetch(`${appUrl}/api/auth/csrf`, { signal: timeout() });
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const callback = await fetch(`${appUrl}/api/auth/callback/shopper-otp`, {
    method: "POST",
    redirect: "manual",
    headers: {
      "Content-Type": "application/x-www-form-urlencoded",
      Cookie: [...cookiesFrom(csrf)].map(([k, v]) => `${k}=${v}`).join("; "),
    },
    body: new URLSearchParams({ identifier: mobile, code, csrfToken, json: "true" }),
    signal: timeout(),
  });
  await callback.arrayBuffer();
  const pairs = [...cookiesFrom(callback)]
    .filter(([name, value]) => name.startsWith(SESSION_COOKIE) && value !== "")
    .map(([name, value]) => ({ name, value }));
  if (pairs.length === 0)
    throw new Error(`sign-in of ${mobile} set no session cookie (HTTP ${callback.status})`);
  return { mobile, cookie: pairs.map((p) => `${p.name}=${p.value}`).join("; "), pairs };
}

/** Signs in many shoppers, a few at a time. */
export async function signInMany(
  appUrl: string,
  emulator: EmulatorClient,
  mobiles: string[],
  parallel = 8,
): Promise<Map<string, ShopperSession>> {
  const sessions = new Map<string, ShopperSession>();
  const queue = [...mobiles];
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      for (let mobile = queue.shift(); mobile !== undefined; mobile = queue.shift()) {
        sessions.set(mobile, await signInShopper(appUrl, emulator, mobile));
      }
    }),
  );
  return sessions;
}
