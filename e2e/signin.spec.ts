import { expect, test } from "./fixtures";

test.beforeEach(async ({ emulator }) => {
  await emulator.reset();
});

test("a wrong code gets a clear message, and five wrong tries are throttled with when to retry", async ({
  page,
  signInPage,
}) => {
  // A number no other test uses, so this test's throttle is its own.
  const mobile = `91700${String(Date.now()).slice(-7)}`;
  await signInPage.requestCode(mobile);
  for (let attempt = 1; attempt <= 5; attempt++) {
    await signInPage.enterCode("000000");
    await expect(page.getByRole("main").getByRole("alert")).toContainText(
      /wrong or has expired|couldn't find a wallet/,
    );
  }
  await signInPage.enterCode("000000");
  await expect(page.getByRole("main").getByRole("alert")).toContainText(
    /Too many tries\. Try again in \d+ minutes?\./,
  );
});

test("an unknown number gets the same answer as a known one until the code is proven", async ({
  page,
  signInPage,
  emulator,
}) => {
  const answers: string[] = [];
  for (const mobile of ["919000000001", "919876543210"]) {
    const response = await page.request.post("/api/auth/otp", { data: { identifier: mobile } });
    expect(response.status()).toBe(200);
    answers.push(await response.text());
  }
  expect(answers[0]).toBe(answers[1]);

  await signInPage.requestCode("919876543210");
  await expect(page.getByRole("main").getByRole("status")).toContainText(
    "If this number has a wallet, a code is on its way.",
  );
  await signInPage.enterCode(await emulator.otp("919876543210"));
  await expect(page.getByRole("main").getByRole("alert")).toContainText("couldn't find a wallet");
});

test("the demo panel says where the code is, marked as demo", async ({ page }) => {
  await page.goto("/signin");
  const demo = page.getByRole("complementary", { name: "Demo mode" });
  await expect(demo).toContainText("919000000001");
  await expect(demo).toContainText("printed in the terminal");
});

test("bad input to the send-code route is a 400 in the project's error shape", async ({ page, emulator }) => {
  for (const identifier of ["", "abc", "1".repeat(40), "<script>"]) {
    const response = await page.request.post("/api/auth/otp", { data: { identifier } });
    expect(response.status()).toBe(400);
    expect((await response.json()).error.code).toBe("bad_request");
  }
  const counters = await emulator.counters();
  expect(counters.byRoute["POST /v2/otp/generate"] ?? 0).toBe(0);
});
