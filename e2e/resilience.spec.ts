import { expect, test, type Page } from "./fixtures";
import { WalletPage } from "./pages/wallet-page";
import { staffApi } from "./support/staff-api";

// These tests are about what the server answers when Capillary misbehaves, not the offline service worker.
test.use({ serviceWorkers: "block" });

const STALE = /Showing saved coupons, as of \d{1,2}:\d{2}/;

/** Every app response with a 5xx status while the test runs (pages and the browser's API calls alike). */
function watchServerErrors(page: Page): string[] {
  const seen: string[] = [];
  page.on("response", (response) => {
    if (response.status() >= 500) seen.push(`${response.status()} ${response.url()}`);
  });
  return seen;
}

async function viewWallet(page: Page): Promise<"fresh" | "stale"> {
  const response = await page.goto("/wallet");
  expect(response?.status(), "the wallet page itself").toBeLessThan(500);
  const wallet = new WalletPage(page);
  await expect(wallet.card("WELCOME250")).toBeVisible();
  await expect(page.getByRole("main").getByRole("alert")).toHaveCount(0);
  const api = await page.request.get("/api/wallet");
  expect(api.status(), "GET /api/wallet").toBe(200);
  return ((await api.json()) as { stale?: boolean }).stale ? "stale" : "fresh";
}

test.describe("signed in as Asha", () => {
  test.use({ signedInAs: "asha" });

  test("with 30% injected 500s and 2 s latency spikes, every wallet view succeeds, fresh or marked stale", async ({
    page,
    emulator,
    wallet,
  }) => {
    test.setTimeout(180_000);
    const errors = watchServerErrors(page);
    await wallet.goto();
    const outcomes: string[] = [];
    try {
      await emulator.faults({ errorRate: 0.3, status: 500 });
      for (let view = 0; view < 12; view++) {
        // Every third view rides a 2 s spike on every upstream call.
        await emulator.faults({ latencyMs: view % 3 === 2 ? 2_000 : 0 });
        outcomes.push(await viewWallet(page));
      }
    } finally {
      await emulator.faults({ errorRate: 0, latencyMs: 0 });
    }
    console.log(`fault suite views: ${outcomes.join(" ")}`);
    expect(outcomes).toHaveLength(12);
    expect(outcomes).toContain("fresh");
    expect(errors).toEqual([]);
  });

  test("with Capillary down the breaker opens, the last wallet is shown marked stale, and all recovers", async ({
    page,
    emulator,
    wallet,
  }) => {
    test.setTimeout(120_000);
    const errors = watchServerErrors(page);
    await wallet.goto();
    try {
      await emulator.faults({ down: true });
      // Five failed calls open the breaker; each view costs two (the page and the API), so by the fourth
      // view at the latest a view reaches Capillary no more.
      const callsPerView: number[] = [];
      for (let view = 0; view < 6 && callsPerView.at(-1) !== 0; view++) {
        const before = await emulator.counters();
        expect(await viewWallet(page)).toBe("stale");
        callsPerView.push((await emulator.counters()).total - before.total);
      }
      expect(callsPerView.at(-1), `upstream requests per view: ${callsPerView.join(", ")}`).toBe(0);
      await expect(page.getByRole("status").filter({ hasText: STALE })).toBeVisible();

      // Open: answers come at once from the stale copy, and nothing reaches Capillary.
      const before = await emulator.counters();
      for (let call = 0; call < 5; call++) {
        const api = await page.request.get("/api/wallet");
        expect(((await api.json()) as { stale?: boolean }).stale).toBe(true);
      }
      expect((await emulator.counters()).total - before.total, "upstream calls while open").toBe(0);
    } finally {
      await emulator.faults({ down: false });
    }
    // The breaker lets a probe through after 10 s; once it succeeds, views are fresh again by themselves.
    await expect.poll(async () => viewWallet(page), { timeout: 40_000, intervals: [2_000] }).toBe("fresh");
    await wallet.goto();
    await expect(page.getByText(/Updated at/)).toBeVisible();
    await expect(page.getByRole("status").filter({ hasText: STALE })).toHaveCount(0);
    expect(errors).toEqual([]);
  });

  test("ten staff checks of unknown codes in a row leave every shopper's wallet fresh", async ({
    page,
    emulator,
    newContext,
    wallet,
    baseURL,
  }) => {
    await emulator.reset();
    const staff = staffApi((await newContext("staff")).request, baseURL!);
    for (let i = 0; i < 10; i++) {
      const answer = await staff.post("/api/coupons", { codes: [`NOSUCH${i}X`], case: "UPPER" });
      expect(answer.status()).toBe(200);
      const body = (await answer.json()) as { results: Array<{ verdict: string }> };
      expect(body.results.map((r) => r.verdict)).toEqual(["unknown"]);
    }
    // v1.1 answered HTTP 500 ("all failed") each time: an answer, asked once, never retried. (The first call
    // may also meet a 401, the emulator's reset having dropped our token: that is the token's renewal.)
    const v1 = (await emulator.requests()).filter((r) => r.path === "/v1.1/coupon/get" && r.status !== 401);
    expect(v1.map((r) => r.status)).toEqual(Array.from({ length: 10 }, () => 500));

    await wallet.goto();
    expect(await viewWallet(page)).toBe("fresh");
    await expect(page.getByText(/Updated at/)).toBeVisible();
    await expect(page.getByRole("status").filter({ hasText: STALE })).toHaveCount(0);
  });
});

test("a shopper with no saved copy gets the error banner and a retry, never a 5xx page", async ({
  page,
  emulator,
}) => {
  // A generated customer nobody else views, so this server holds no copy of its wallet.
  const n = 15_000 + Math.floor(Math.random() * 5_000);
  const mobile = `91800${String(n).padStart(7, "0")}`;
  await page.request.post("/api/auth/otp", { data: { identifier: mobile } });
  const { csrfToken } = (await (await page.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const code = await emulator.otp(mobile);
  const signIn = await page.request.post("/api/auth/callback/shopper-otp", {
    form: { identifier: mobile, code, csrfToken, json: "true" },
  });
  expect(signIn.status()).toBeLessThan(400);

  try {
    await emulator.faults({ down: true });
    const response = await page.goto("/wallet");
    expect(response?.status()).toBeLessThan(500);
    const alert = page.getByRole("main").getByRole("alert");
    await expect(alert).toContainText("Can't load your coupons.", { timeout: 20_000 });
    await expect(alert).toContainText("can't reach the coupon service");
    await expect(page.getByRole("button", { name: "Retry" })).toBeVisible();
  } finally {
    await emulator.faults({ down: false });
  }
});
