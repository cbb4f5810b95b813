import { expect, test } from "./fixtures";
import { E2E_LIMITS } from "./support/worker-servers";

const EXPECTED = {
  "x-content-type-options": "nosniff",
  "referrer-policy": "strict-origin-when-cross-origin",
  "x-frame-options": "DENY",
} as const;

for (const path of ["/signin", "/wallet", "/api/health", "/api/wallet", "/api/customers/1/coupons"]) {
  test(`${path} carries every security header`, async ({ request }) => {
    const response = await request.get(path);
    const headers = response.headers();
    for (const [name, value] of Object.entries(EXPECTED)) expect(headers[name]).toBe(value);

    const csp = headers["content-security-policy"] ?? "";
    expect(csp).toContain("frame-ancestors 'none'");
    // 'wasm-unsafe-eval' (the scanner's WebAssembly) is allowed on pages; 'unsafe-eval' itself never.
    expect(csp).not.toMatch(/(^|\s)'unsafe-eval'/);
    if (path.startsWith("/api/")) {
      // An answer that is not a page loads nothing: no script at all, so no nonce either.
      expect(csp).toMatch(/^default-src 'none'(;|$)/);
      expect(csp).not.toContain("script-src");
    } else {
      expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
      expect(csp).toContain("object-src 'none'");
    }

    const permissions = headers["permissions-policy"] ?? "";
    expect(permissions).toContain("camera=(self)");
    expect(permissions).toContain("microphone=()");
    expect(permissions).toContain("geolocation=()");
    // The suite runs the production build, which sends HSTS.
    expect(headers["strict-transport-security"]).toMatch(/^max-age=\d+/);
  });
}

test("each page response gets its own nonce, and the page's scripts carry it", async ({ page, request }) => {
  const nonceOf = (csp: string | undefined) => /'nonce-([^']+)'/.exec(csp ?? "")?.[1];
  const first = nonceOf((await request.get("/signin")).headers()["content-security-policy"]);
  const second = nonceOf((await request.get("/signin")).headers()["content-security-policy"]);
  expect(first).toBeTruthy();
  expect(first).not.toBe(second);

  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  const response = await page.goto("/signin");
  const nonce = nonceOf(response?.headers()["content-security-policy"]);
  const scriptNonces = await page.evaluate(() => [...document.scripts].map((s) => s.nonce));
  expect(scriptNonces.length).toBeGreaterThan(0);
  for (const scriptNonce of scriptNonces) expect(scriptNonce).toBe(nonce);
  // The page hydrated (the form reacts) with no CSP violation reported.
  await page.getByLabel("Mobile number").fill("919000000001");
  await expect(page.getByRole("button", { name: "Send code" })).toBeEnabled();
  expect(violations).toEqual([]);
});

test("session cookies are HttpOnly and SameSite=Lax", async ({ page }) => {
  await page.goto("/signin");
  await page.request.get("/api/auth/csrf");
  const cookies = await page.context().cookies();
  const csrf = cookies.find((c) => c.name.includes("next-auth.csrf-token"));
  expect(csrf?.httpOnly).toBe(true);
  expect(csrf?.sameSite).toBe("Lax");
});

test.describe("metrics", () => {
  test.use({ signedInAs: "asha" });

  test("a scrape after a wallet view counts the Capillary call, and needs the token", async ({
    page,
    wallet,
  }) => {
    await wallet.goto();
    expect((await page.request.get("/api/metrics")).status()).toBe(401);
    const scrape = await page.request.get("/api/metrics", {
      headers: { Authorization: `Bearer ${E2E_LIMITS.METRICS_TOKEN}` },
    });
    expect(scrape.status()).toBe(200);
    const text = await scrape.text();
    // The wallet's coupons call (the single list or the paginated one), counted as answered.
    expect(text).toMatch(
      /capillary_calls_total\{endpoint="\/v2\/customers\/[^"]*coupons",method="GET",outcome="ok"\} [1-9]/,
    );
    expect(text).toContain("capillary_call_duration_seconds_bucket");
    expect(text).toContain("capillary_circuit_open 0");
  });
});
