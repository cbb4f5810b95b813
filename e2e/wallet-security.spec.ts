import { ASHA, CHITRA_MARKUP, DOCS_343040815 } from "../test/support/demo";
import { expect, test } from "./fixtures";

// Who is signed in, and what a session is worth, are these tests' subject: they sign in for real.
test.beforeEach(async ({ emulator }) => {
  await emulator.reset();
});

test("upstream markup in titles and T&C is shown as text and runs nothing", async ({
  page,
  signInPage,
  wallet,
}) => {
  await signInPage.signIn(CHITRA_MARKUP.mobile);
  const card = wallet.card("MARKUP2024");
  await expect(card.getByRole("heading")).toContainText('<img src=x onerror="window.__pwned=1">');
  await card.getByText("Terms and conditions").click();
  await expect(card).toContainText("<script>window.__pwned=1</script>");
  await expect(card).toContainText('<a href="javascript:window.__pwned=1">click</a>');
  // The card's own action links (calendar, wallet passes) lead to this app's API; no other element exists.
  await expect(card.locator("script, img, b, i, a:not([href^='/api/wallet/coupons/'])")).toHaveCount(0);
  await expect(card.locator("a")).not.toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
});

test("a shopper can't reach another customer's coupons by editing a URL or an API call", async ({
  page,
  signInPage,
  emulator,
}) => {
  await signInPage.signIn(ASHA.mobile);
  await emulator.reset();
  const other = DOCS_343040815.customerId;

  for (const path of [`/api/wallet?customerId=${other}`, `/api/wallet?id=${other}&customer=${other}`]) {
    const response = await page.request.get(path);
    expect(response.status()).toBe(200);
    const body = await response.text();
    expect(body).toContain("WELCOME250");
    expect(body).not.toContain("ER07BCJ8");
    expect(body).not.toContain(other);
  }
  // The page echoes its own URL in Next's payload, so only the other customer's coupons are looked for.
  const page2 = await page.request.get(`/wallet?customerId=${other}`);
  expect(await page2.text()).not.toContain("ER07BCJ8");
  // The API took no id from the request: every coupons call upstream was for the signed-in shopper.
  const coupons = (await emulator.requests()).filter((r) => r.path.endsWith("/coupons"));
  expect(coupons.length).toBeGreaterThan(0);
  for (const request of coupons) expect(request.path).toBe(`/v2/customers/${ASHA.customerId}/coupons`);

  // A forged session cookie is no session at all.
  await page.context().clearCookies();
  await page
    .context()
    .addCookies([{ name: "next-auth.session-token", value: "forged.value.here", url: page.url() }]);
  expect((await page.request.get("/api/wallet")).status()).toBe(401);
});

test("an expired session goes back to sign-in, then back to the wallet", async ({ page, signInPage }) => {
  await signInPage.signIn(ASHA.mobile);
  // Replace the session with one that no longer verifies, as an expired one doesn't.
  const [session] = (await page.context().cookies()).filter((c) =>
    c.name.endsWith("next-auth.session-token"),
  );
  expect(session).toBeDefined();
  await page.context().addCookies([{ ...session!, value: `${session!.value.slice(0, -8)}AAAAAAAA` }]);
  await page.goto("/wallet");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fwallet&reason=expired/);
  await expect(page.getByText("Your session has ended")).toBeVisible();
  await signInPage.signIn(ASHA.mobile);
  await expect(page.getByRole("heading", { name: "My coupons" })).toBeVisible();
});
