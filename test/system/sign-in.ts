// Shopper sign-in without a browser, as the sign-in page does it: request a code, read it from the
// emulator's test hook (the shopper's SMS), then next-auth's credentials callback with its CSRF token.

/** `name=value` pairs from a response's Set-Cookie headers. */
function cookiesOf(response: Response): string[] {
  return response.headers.getSetCookie().map((line) => line.split(";")[0] ?? "");
}

export async function requestCode(appUrl: string, identifier: string): Promise<number> {
  const response = await fetch(`${appUrl}/api/auth/otp`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ identifier }),
  });
  await response.arrayBuffer();
  return response.status;
}

/** The Cookie header value that carries a shopper session for `mobile`. */
export async function signInShopper(appUrl: string, emulatorUrl: string, mobile: string): Promise<string> {
  const sent = await requestCode(appUrl, mobile);
  if (sent !== 200) throw new Error(`POST /api/auth/otp answered ${sent}`);
  const otp = await fetch(`${emulatorUrl}/__emulator/otp?entityValue=${encodeURIComponent(mobile)}`);
  const { code } = (await otp.json()) as { code: string };

  const csrf = await fetch(`${appUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const callback = await fetch(`${appUrl}/api/auth/callback/shopper-otp`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: cookiesOf(csrf).join("; ") },
    body: new URLSearchParams({ identifier: mobile, code, csrfToken, json: "true" }),
  });
  await callback.arrayBuffer();
  const session = cookiesOf(callback).filter((cookie) => cookie.includes("next-auth.session-token"));
  if (session.length === 0)
    throw new Error(`sign-in for ${mobile} gave no session (HTTP ${callback.status})`);
  return session.join("; ");
}
