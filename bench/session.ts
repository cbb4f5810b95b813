// Signing in without a browser, as the e2e helpers do through the page: ask for a code, read it from the
// emulator (the shopper's "SMS"), then next-auth's credentials callback. The session cookie is kept.
import { URLS } from "./config";
import { emulator } from "./servers";

const SESSION_COOKIE = "next-auth.session-token";

function cookiesFrom(response: Response): Map<string, string> {
  const jar = new Map<string, string>();
  for (const line of response.headers.getSetCookie()) {
    const pair = line.split(";")[0] ?? "";
    const eq = pair.indexOf("=");
    if (eq > 0) jar.set(pair.slice(0, eq).trim(), pair.slice(eq + 1).trim());
  }
  return jar;
}

export interface ShopperSession {
  mobile: string;
  /** `next-auth.session-token=…` (chunked cookies joined), ready for a Cookie header. */
  cookie: string;
  /** Name/value pairs, for a browser context. */
  pairs: { name: string; value: string }[];
}

export async function signInShopper(mobile: string): Promise<ShopperSession> {
  const timeout = () => AbortSignal.timeout(15_000);
  const sent = await fetch(`${URLS.app}/api/auth/otp`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ identifier: mobile }),
    signal: timeout(),
  });
  if (!sent.ok) throw new Error(`OTP send for ${mobile} answered ${sent.status}: ${await sent.text()}`);
  const code = await emulator.otp(mobile);

  const csrf = await fetch(`${URLS.app}/api/auth/csrf`, { signal: timeout() });
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const csrfCookies = cookiesFrom(csrf);
  const form = new URLSearchParams({ identifier: mobile, code, csrfToken, json: "true" });
  const callback = await fetch(`${URLS.app}/api/auth/callback/shopper-otp`, {
    method: "POST",
    redirect: "manual",
    headers: {
      "Content-Type": "application/x-www-form-urlencoded",
      Cookie: [...csrfCookies].map(([k, v]) => `${k}=${v}`).join("; "),
    },
    body: form,
    signal: timeout(),
  });
  await callback.arrayBuffer();
  const pairs = [...cookiesFrom(callback)]
    .filter(([name, value]) => name.startsWith(SESSION_COOKIE) && value !== "")
    .map(([name, value]) => ({ name, value }));
  if (pairs.length === 0)
    throw new Error(`sign-in of ${mobile} set no session cookie (status ${callback.status})`);
  return { mobile, cookie: pairs.map((p) => `${p.name}=${p.value}`).join("; "), pairs };
}

/** Signs in many shoppers, a few at a time. */
export async function signInMany(mobiles: string[], parallel = 8): Promise<Map<string, ShopperSession>> {
  const sessions = new Map<string, ShopperSession>();
  const queue = [...mobiles];
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      for (let mobile = queue.shift(); mobile !== undefined; mobile = queue.shift()) {
        sessions.set(mobile, await signInShopper(mobile));
      }
    }),
  );
  return sessions;
}
