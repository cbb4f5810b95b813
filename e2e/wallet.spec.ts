import AxeBuilder from "@axe-core/playwright";
import { ASHA } from "../test/support/demo";
import { expect, test } from "./fixtures";

test.beforeEach(async ({ emulator }) => {
  await emulator.reset();
});

// The sign-in journey itself, and signing out: through the real pages.
test("a shopper signs in with a one-time code and sees every coupon, right", async ({
  page,
  signInPage,
  wallet,
}) => {
  await signInPage.signIn(ASHA.mobile);
  await expect(wallet.page.getByRole("heading", { name: "My coupons" })).toBeVisible();

  const welcome = wallet.card("WELCOME250");
  await expect(welcome).toContainText("₹250 off");
  await expect(welcome).toContainText("₹250 off your next shop");
  await expect(welcome).toContainText("Active");
  await expect(welcome).toContainText("Single use");
  await expect(welcome).toContainText("Issued at");
  await expect(welcome).toContainText("Minimum bill ₹1,000");
  // About 20 days away: 19 to 21 calendar days depending on the time of day the suite runs.
  await expect(welcome).toContainText(/expires in (19|20|21) days/);

  await expect(wallet.card("FEST15PCT")).toContainText("15% off, up to ₹500");
  await expect(wallet.card("LASTCALL99")).toContainText("Expires soon");
  // The end of tomorrow in India: tomorrow (or later today, or in 2 days) in the browser's zone.
  await expect(wallet.card("LASTCALL99")).toContainText(
    /expires (today|tomorrow) at \d|expires in (\d+ hours|2 days)/,
  );
  const coffee = wallet.card("COFFEE3X01");
  await expect(coffee).toContainText("2 of 3 uses left");
  await expect(coffee).toContainText("Up to 3 uses per person");
  await expect(coffee).toContainText("At least 1 day between uses");
  await expect(coffee).toContainText("Can be given to someone else");
  await expect(wallet.card("UNLIMIT10")).toContainText("Unlimited uses");
  await expect(wallet.card("SOONACTV5D")).toContainText("Not yet active");
  await expect(wallet.card("BRUNCHWKND")).toContainText("Valid on Sun, Sat");
  await expect(wallet.card("BRUNCHWKND")).toContainText("Valid 10:00–14:00");
  await expect(wallet.card("STORE2ONLY")).toContainText(
    "Valid only at Indiranagar, Bengaluru, Bandra West, Mumbai",
  );
  await expect(wallet.card("SALEITEMOK")).toContainText("Valid on discounted items");

  await expect(wallet.card("WAIT3DAYS1")).toContainText("12.5% off");

  // Active is sorted by soonest expiry: the one ending within 48 hours comes first.
  await expect(page.getByRole("tabpanel").getByRole("article").first()).toContainText("LASTCALL99");
});

test("sign out ends the session; the wallet API then answers 401", async ({ page, signInPage }) => {
  await signInPage.signIn(ASHA.mobile);
  await page.getByRole("button", { name: "Sign out" }).click();
  await page.waitForURL(/\/signin/);
  const response = await page.request.get("/api/wallet");
  expect(response.status()).toBe(401);
  expect(await response.json()).toEqual({ error: { code: "unauthenticated", message: expect.any(String) } });
  await page.goto("/wallet");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fwallet/);
});

test("the sign-in and wallet pages have no axe violations", async ({ page, restoreSession, wallet }) => {
  await page.goto("/signin");
  // The e2e apps run in demo mode, which every page says (and axe checks the notice too).
  await expect(page.getByRole("complementary", { name: "Demo", exact: true })).toContainText(
    "made-up coupons",
  );
  const signIn = await new AxeBuilder({ page }).analyze();
  expect(signIn.violations).toEqual([]);

  await restoreSession("asha");
  await wallet.goto();
  await wallet.card("CPMTERMS01").getByText("Terms and conditions").click();
  const walletPage = await new AxeBuilder({ page }).analyze();
  expect(walletPage.violations).toEqual([]);
});

test.describe("signed in as Asha", () => {
  test.use({ signedInAs: "asha" });

  test.beforeEach(async ({ wallet }) => {
    await wallet.goto();
  });

  test("a single-use coupon sent as redemptionsLeft -1 reads single use, and once used it is in Used with no till view", async ({
    wallet,
  }) => {
    const unused = wallet.card("ONEUSE5OFF");
    await expect(unused).toContainText("Single use");
    await expect(unused).not.toContainText("Unlimited");
    await expect(unused.getByRole("button", { name: /Show at till/ })).toBeVisible();

    await wallet.openTab("Used");
    const used = wallet.card("ONEUSEDONE");
    await expect(used).toContainText("Used");
    await expect(used).not.toContainText("Unlimited");
    await expect(used.getByRole("region", { name: "Where it was used" })).toContainText("BILL-4471");
    await expect(used.getByRole("button", { name: /Show at till/ })).toHaveCount(0);
  });

  test("coupons Capillary will not redeem yet say from when, and offer no till view", async ({ wallet }) => {
    // Its series' redemptionValidAfterDays (3) comes only from /v2/coupon/series; issued a day ago.
    for (const code of ["WAIT3DAYS1", "SOONACTV5D"]) {
      const card = wallet.card(code);
      await expect(card).toContainText("Not yet active");
      await expect(card.getByText("Usable from")).toBeVisible();
      await expect(card.getByRole("button", { name: /Show at till/ })).toHaveCount(0);
    }
  });

  test("tabs split used and expired coupons out, with counts, and search finds by code or title", async ({
    page,
    wallet,
  }) => {
    await expect(wallet.tab("Used")).toHaveText("Used (2)");
    await expect(wallet.tab("Expired")).toHaveText("Expired (1)");

    await wallet.openTab("Used");
    const used = wallet.card("USED2XDONE");
    await expect(used).toContainText("Used");
    await expect(used).toContainText("No uses left");
    await expect(used.getByRole("region", { name: "Where it was used" }).getByRole("listitem")).toHaveCount(
      2,
    );

    await wallet.openTab("Expired");
    // Three org (IST) days ago: 2 to 4 calendar days in the browser's zone, by time of day.
    await expect(wallet.card("GONE3DAYS")).toContainText(/expired [234] days ago/);

    await wallet.openTab("Active");
    await wallet.search("coffee");
    await expect(wallet.cards()).toHaveCount(1);
    await expect(wallet.card("COFFEE3X01")).toBeVisible();
    await wallet.search("welcome250");
    await expect(wallet.cards()).toHaveCount(1);
    await wallet.search("no such coupon");
    await expect(page.getByText('No active coupons match "no such coupon".')).toBeVisible();
  });

  test("terms expand with the series' text, including terms held only in customPropertyMap", async ({
    wallet,
  }) => {
    const card = wallet.card("CPMTERMS01");
    const terms = card.getByText("Valid on a minimum bill of ₹3,000 before taxes.", { exact: false });
    await expect(terms).toBeHidden();
    await card.getByText("Terms and conditions").click();
    await expect(terms).toBeVisible();
    // Line breaks are kept: the second line renders on its own line inside the same paragraph.
    await expect(card.locator("p.whitespace-pre-line")).toContainText(
      "Not valid on gold, silver or gift cards.",
    );
  });

  test("the till view shows a Code 128 barcode, a QR code and the code in large groups", async ({
    page,
    wallet,
  }) => {
    await wallet
      .card("WELCOME250")
      .getByRole("button", { name: /Show at till/ })
      .click();
    const dialog = page.getByRole("dialog", { name: "₹250 off" });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole("img", { name: "Barcode for WELCOME250" })).toBeVisible();
    await expect(dialog.getByRole("img", { name: "QR code for WELCOME250" })).toBeVisible();
    await expect(dialog.getByText("WELC OME2 50")).toBeVisible();
    await dialog.getByRole("button", { name: "Close" }).click();
    await expect(dialog).toBeHidden();
  });
});

test.describe("signed in as Ben", () => {
  test.use({ signedInAs: "ben" });

  test("an empty wallet is a friendly empty state, not an error", async ({ page, wallet }) => {
    await wallet.goto();
    await expect(page.getByRole("heading", { name: "No coupons yet" })).toBeVisible();
    await expect(page.getByRole("main").getByRole("alert")).toHaveCount(0);
  });
});

test.describe("signed in as Asha on a small phone", () => {
  test.use({ signedInAs: "asha" });

  test("at 360 px wide nothing scrolls sideways and touch targets are at least 44 px", async ({
    page,
    wallet,
  }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await wallet.goto();
    const widths = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
    }));
    expect(widths.scroll).toBeLessThanOrEqual(widths.client);
    const small = await page.evaluate(
      () =>
        [...document.querySelectorAll("main button, main summary, main input")]
          .map((el) => el.getBoundingClientRect())
          .filter((r) => r.width > 0 && (r.height < 44 || r.width < 44)).length,
    );
    expect(small).toBe(0);
  });
});

// Next writes an inlined stylesheet twice, the second copy inside React's payload; server.mjs sends that copy
// empty (server/sheet-once.mjs). React must then adopt the <style> in the document rather than write a sheet
// of its own, and the page must work as before.
test.describe("the wallet's document", () => {
  test.use({ signedInAs: "asha" });

  test("carries its stylesheet once, and the page hydrates from it and works", async ({ page, wallet }) => {
    const served = await page.goto("/wallet");
    const html = await served!.text();
    const sheet = page.locator("style[data-href]");
    await expect(sheet).toHaveCount(1);
    const text = (await sheet.textContent()) ?? "";
    expect(text.length).toBeGreaterThan(1000);
    expect(html.split(text.slice(0, 200))).toHaveLength(2);

    await wallet.openTab("Used");
    await expect(wallet.card("USED2XDONE")).toContainText("No uses left");
    await expect(sheet).toHaveCount(1);
    // Still styled by it: Tailwind's utilities apply.
    expect(
      await page
        .locator("main .flex")
        .first()
        .evaluate((el) => getComputedStyle(el).display),
    ).toBe("flex");
  });

  // server.mjs compresses pages itself and sends the build's brotli copies of scripts (server/); Next alone
  // would send gzip.
  test("comes in brotli with its scripts, and the page works from them", async ({ page, wallet }) => {
    const scripts: Promise<string | null>[] = [];
    page.on("response", (response) => {
      if (response.request().resourceType() === "script")
        scripts.push(response.headerValue("content-encoding"));
    });
    const served = await page.goto("/wallet");
    expect(await served!.headerValue("content-encoding")).toBe("br");
    await wallet.openTab("Used");
    await expect(wallet.card("USED2XDONE")).toContainText("No uses left");
    expect(scripts.length).toBeGreaterThan(5);
    expect(new Set(await Promise.all(scripts))).toEqual(new Set(["br"]));
  });

  test("its scripts in brotli carry every header Next gives them in gzip", async ({ page }) => {
    await page.goto("/wallet");
    const src = await page.locator("script[src^='/_next/static/']").first().getAttribute("src");
    const headersFor = async (encoding: string) => {
      const answer = await page.request.get(src!, { headers: { "accept-encoding": encoding } });
      const headers = answer.headers();
      for (const transport of [
        "content-encoding",
        "content-length",
        "transfer-encoding",
        "date",
        "connection",
        "keep-alive",
      ])
        delete headers[transport];
      // Next's file server adds validators; the name of a built file already changes with its content.
      for (const validator of ["etag", "last-modified", "accept-ranges"]) delete headers[validator];
      return headers;
    };
    const [brotli, gzip] = [await headersFor("br"), await headersFor("gzip")];
    expect(brotli["x-content-type-options"]).toBe("nosniff");
    expect(brotli).toEqual(gzip);
  });
});

// Chromium may paint a document it has only partly parsed (the server streams it), and then lay it out again
// as the rest arrives. What it painted must not move: a frame showing the header's first controls, then
// one with all of them, moved them from beside the title to a row of their own (a layout shift), and on a
// wide screen along the title's row, where they were aligned to its end.
test.describe("the wallet's first paint, drawn from part of the document", () => {
  test.use({ signedInAs: "asha", javaScriptEnabled: false });

  const screens = [
    ["a phone", null],
    ["a laptop, 1024 px wide", 1024],
  ] as const;
  for (const [screen, width] of screens) {
    test(`shows the header's first control where it stays once the whole header has arrived (${screen})`, async ({
      page,
    }) => {
      if (width) await page.setViewportSize({ width, height: 800 });
      const language = page.locator("summary", { hasText: "Language" });
      await page.goto("/wallet");
      const whole = await language.boundingBox();

      // The same document as the browser would have it part-way through the header's controls.
      await page.route("**/wallet", async (route) => {
        const response = await route.fetch();
        const html = await response.text();
        const end = html.indexOf("</details>") + "</details>".length;
        await route.fulfill({ response, body: `${html.slice(0, end)}</div></header></main></body></html>` });
      });
      await page.goto("/wallet");
      await expect(page.getByRole("link", { name: "Who looked" })).toHaveCount(0);
      expect(await language.boundingBox()).toEqual(whole);
    });
  }
});
