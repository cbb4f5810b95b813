import { readFileSync } from "node:fs";
import { importSPKI, jwtVerify } from "jose";
import { openPkpass } from "../test/support/pkpass";
import { expect, test } from "./fixtures";

// This suite's apps sign passes with certificates and keys made for each worker (worker-servers.ts).
test.use({ signedInAs: "asha" });

test("Add to Apple Wallet downloads a signed coupon pass whose barcode is the code", async ({
  page,
  wallet,
  servers,
}) => {
  await wallet.goto();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    wallet.card("WELCOME250").getByRole("link", { name: "Add to Apple Wallet" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("coupon-700000101.pkpass");
  const pass = openPkpass(readFileSync((await download.path())!), servers.passCertificates.rootPem);
  expect(pass.manifestMismatches).toEqual([]);
  expect(pass.signatureVerifies).toBe(true);
  expect(pass.passJson).toMatchObject({
    serialNumber: "coupon-700000101",
    barcodes: expect.arrayContaining([
      expect.objectContaining({ message: "WELCOME250", altText: "WELCOME250" }),
    ]),
    expirationDate: expect.any(String),
  });
  expect(pass.passJson.voided).toBeUndefined();
});

test("Save to Google Wallet goes to Google with a signed offer carrying the code", async ({
  page,
  wallet,
  servers,
}) => {
  let saveUrl: string | undefined;
  await page.route("https://pay.google.com/**", async (route) => {
    saveUrl = route.request().url();
    await route.fulfill({ body: "Google Wallet stand-in" });
  });
  await wallet.goto();
  await wallet.card("FEST15PCT").getByRole("link", { name: "Save to Google Wallet" }).click();
  await expect(page.getByText("Google Wallet stand-in")).toBeVisible();
  const jwt = saveUrl!.match(/^https:\/\/pay\.google\.com\/gp\/v\/save\/([\w.-]+)$/)![1]!;
  const { payload } = await jwtVerify(
    jwt,
    await importSPKI(servers.passCertificates.serviceAccountPublicKeyPem, "RS256"),
    {
      issuer: servers.passCertificates.serviceAccountEmail,
      audience: "google",
    },
  );
  expect(payload.origins).toEqual([new URL(servers.appUrl).origin]);
  expect(payload.payload).toMatchObject({
    offerObjects: [
      { state: "ACTIVE", barcode: { type: "CODE_128", value: "FEST15PCT", alternateText: "FEST15PCT" } },
    ],
  });
});

test("passes only for the shopper's own coupons, signed in, and none offered on used ones", async ({
  page,
  wallet,
  newContext,
  baseURL,
}) => {
  for (const kind of ["apple-pass", "google-pass"]) {
    // 33267197 is customer 343040815's coupon, not Asha's.
    expect(
      (await page.request.get(`/api/wallet/coupons/33267197/${kind}`, { maxRedirects: 0 })).status(),
    ).toBe(404);
    expect((await page.request.get(`/api/wallet/coupons/abc/${kind}`)).status()).toBe(400);
    const signedOut = await newContext();
    expect((await signedOut.request.get(`${baseURL}/api/wallet/coupons/700000101/${kind}`)).status()).toBe(
      401,
    );
  }
  await wallet.goto();
  await expect(wallet.card("WELCOME250").getByRole("link", { name: "Add to Apple Wallet" })).toBeVisible();
  await wallet.openTab("Used");
  await expect(wallet.cards().getByRole("link", { name: /Apple Wallet|Google Wallet/ })).toHaveCount(0);
});
