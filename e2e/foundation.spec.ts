import { expect, test } from "./fixtures";

test("the app serves its home page and health check against the embedded emulator", async ({
  page,
  request,
  emulator,
}) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Coupon Wallet", level: 1 })).toBeVisible();
  await expect(page.getByRole("link", { name: "Open my wallet" })).toBeVisible();
  expect((await request.get("/api/health")).status()).toBe(200);
  expect(await emulator.health()).toEqual({ ok: true });
});

test("the browser never receives a Capillary credential or the emulator's address", async ({
  page,
  emulator,
}) => {
  const bodies: string[] = [];
  page.on("response", async (response) => {
    if (/\.(js|css)$|\/_next\//.test(response.url())) bodies.push(await response.text().catch(() => ""));
  });
  await page.goto("/signin");
  await page.waitForLoadState("networkidle");
  bodies.push(await page.content());
  const everything = bodies.join("\n");
  expect(everything).not.toContain("coupon-wallet-demo-secret");
  expect(everything).not.toContain("coupon-wallet-demo-key");
  expect(everything).not.toContain(emulator.url);
});
