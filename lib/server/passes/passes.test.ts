import { createHash, generateKeyPairSync } from "node:crypto";
import { readFileSync } from "node:fs";
import { importSPKI, jwtVerify } from "jose";
import { beforeAll, describe, expect, it } from "vitest";
import { loadEnv, type PassesEnv } from "@/lib/server/env";
import {
  makePassCertificates,
  passEnv,
  TEST_GOOGLE_ISSUER_ID,
  TEST_PASS_TYPE_ID,
  type PassCertificates,
} from "@/test/support/pass-certificates";
import { checkPassFiles, openPkpass } from "@/test/support/pkpass";
import { buildApplePass } from "./apple-pass";
import type { PassContent } from "./content";
import { googleSaveLink } from "./google-pass";

const REST = {
  NEXTAUTH_SECRET: "a-session-secret-of-at-least-32-chars",
  CAPILLARY_BASE_URL: "https://eu.api.capillarytech.com",
  CAPILLARY_OAUTH_KEY: "k",
  CAPILLARY_OAUTH_SECRET: "s",
};
const NOW = Date.parse("2026-12-02T04:30:00Z");
const CONTENT: PassContent = {
  title: "Winter sale",
  value: "₹200 off",
  code: "WINTER-7Q2K",
  activeFrom: Date.parse("2026-12-01T00:00:00+05:30"),
  validTill: Date.parse("2026-12-31T23:59:59+05:30"),
  expiryText: "31 Dec 2026, 11:59 pm",
  conditions: ["Needs a bill of ₹1,000 or more"],
  state: "usable",
};
const ICON = readFileSync("public/apple-touch-icon.png");

let certs: PassCertificates;
let passes: PassesEnv;
beforeAll(() => {
  certs = makePassCertificates();
  passes = loadEnv({ ...REST, ...passEnv(certs) }).passes;
});

const applePass = (content: PassContent = CONTENT) =>
  buildApplePass({
    config: passes.apple!,
    organizationName: passes.organizationName,
    serialNumber: "coupon-101",
    content,
    icon: ICON,
    walletUrl: "https://coupons.example/wallet",
  });

describe("Apple Wallet pass", () => {
  it("is signed: every file's hash in the manifest, the signature verifies up the chain", () => {
    const opened = openPkpass(applePass(), certs.rootPem);
    expect(Object.keys(opened.files).sort()).toEqual([
      "icon.png",
      "icon@2x.png",
      "manifest.json",
      "pass.json",
      "signature",
    ]);
    expect(opened.manifestMismatches).toEqual([]);
    expect(opened.signatureVerifies).toBe(true);
  });

  it("fails Wallet's checks when a file changes after signing, or under another root", () => {
    const files = openPkpass(applePass(), certs.rootPem).files;
    const passJson = Buffer.from(files["pass.json"]!.toString().replace("WINTER-7Q2K", "WINTER-7Q2X"));
    expect(checkPassFiles({ ...files, "pass.json": passJson }, certs.rootPem).manifestMismatches).toEqual([
      "pass.json",
    ]);
    // The manifest rewritten to match: now its signature no longer does.
    const manifest = JSON.parse(files["manifest.json"]!.toString()) as Record<string, string>;
    manifest["pass.json"] = createHash("sha1").update(passJson).digest("hex");
    const resigned = checkPassFiles(
      { ...files, "pass.json": passJson, "manifest.json": Buffer.from(JSON.stringify(manifest)) },
      certs.rootPem,
    );
    expect(resigned.manifestMismatches).toEqual([]);
    expect(resigned.signatureVerifies).toBe(false);
    expect(checkPassFiles(files, makePassCertificates().rootPem).signatureVerifies).toBe(false);
  });

  it("is a coupon with the code as barcode and alternate text, the expiry, the relevant date", () => {
    const { passJson } = openPkpass(applePass(), certs.rootPem);
    expect(passJson).toMatchObject({
      formatVersion: 1,
      passTypeIdentifier: TEST_PASS_TYPE_ID,
      teamIdentifier: "TEAM123456",
      serialNumber: "coupon-101",
      organizationName: "Test Brand",
      expirationDate: new Date(CONTENT.validTill!).toISOString(),
      relevantDate: new Date(CONTENT.validTill! - 24 * 3600_000).toISOString(),
    });
    expect(passJson.voided).toBeUndefined();
    expect(passJson.barcodes).toEqual([
      expect.objectContaining({
        format: "PKBarcodeFormatCode128",
        message: "WINTER-7Q2K",
        altText: "WINTER-7Q2K",
      }),
      expect.objectContaining({
        format: "PKBarcodeFormatQR",
        message: "WINTER-7Q2K",
        altText: "WINTER-7Q2K",
      }),
    ]);
    const coupon = passJson.coupon as Record<string, { value: string }[]>;
    expect(coupon.primaryFields![0]!.value).toBe("₹200 off");
    expect(coupon.backFields!.map((f) => f.value)).toContain("Needs a bill of ₹1,000 or more");
  });

  it("is void once the coupon is used or expired", () => {
    expect(openPkpass(applePass({ ...CONTENT, state: "used" }), certs.rootPem).passJson.voided).toBe(true);
    expect(openPkpass(applePass({ ...CONTENT, state: "expired" }), certs.rootPem).passJson.voided).toBe(true);
  });
});

describe("Google Wallet save link", () => {
  const link = (content: PassContent = CONTENT) =>
    googleSaveLink({
      config: passes.google!,
      organizationName: passes.organizationName,
      objectSuffix: "coupon-101",
      classSuffix: "series-55",
      content,
      origin: "https://coupons.example",
      now: NOW,
    });

  it("carries a JWT that verifies with the service account's public key and holds the code", async () => {
    const url = await link();
    expect(url).toMatch(/^https:\/\/pay\.google\.com\/gp\/v\/save\/[\w-]+\.[\w-]+\.[\w-]+$/);
    const jwt = url.split("/").pop()!;
    const { payload, protectedHeader } = await jwtVerify(
      jwt,
      await importSPKI(certs.serviceAccountPublicKeyPem, "RS256"),
      { issuer: certs.serviceAccountEmail, audience: "google", currentDate: new Date(NOW) },
    );
    expect(protectedHeader.alg).toBe("RS256");
    expect(payload).toMatchObject({
      typ: "savetowallet",
      iat: NOW / 1000,
      origins: ["https://coupons.example"],
    });
    const { offerClasses, offerObjects } = payload.payload as {
      offerClasses: Record<string, unknown>[];
      offerObjects: Record<string, unknown>[];
    };
    expect(offerClasses[0]).toMatchObject({
      id: `${TEST_GOOGLE_ISSUER_ID}.series-55`,
      issuerName: "Test Brand",
      title: "Winter sale",
      redemptionChannel: "INSTORE",
    });
    expect(offerObjects[0]).toMatchObject({
      id: `${TEST_GOOGLE_ISSUER_ID}.coupon-101`,
      classId: `${TEST_GOOGLE_ISSUER_ID}.series-55`,
      state: "ACTIVE",
      barcode: { type: "CODE_128", value: "WINTER-7Q2K", alternateText: "WINTER-7Q2K" },
      validTimeInterval: { end: { date: new Date(CONTENT.validTill!).toISOString() } },
    });
  });

  it("does not verify with another key", async () => {
    const jwt = (await link()).split("/").pop()!;
    const other = generateKeyPairSync("rsa", { modulusLength: 2048 }).publicKey;
    await expect(jwtVerify(jwt, other, { currentDate: new Date(NOW) })).rejects.toThrow(/signature/);
  });

  it("marks a used coupon completed", async () => {
    const jwt = (await link({ ...CONTENT, state: "used" })).split("/").pop()!;
    const { payload } = await jwtVerify(jwt, await importSPKI(certs.serviceAccountPublicKeyPem, "RS256"), {
      currentDate: new Date(NOW),
    });
    expect((payload.payload as { offerObjects: { state: string }[] }).offerObjects[0]!.state).toBe(
      "COMPLETED",
    );
  });
});
