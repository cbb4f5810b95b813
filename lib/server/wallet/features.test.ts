import { beforeEach, describe, expect, it, vi } from "vitest";
import { makePassCertificates, passEnv } from "@/test/support/pass-certificates";

const BASE = {
  NEXTAUTH_SECRET: "a-session-secret-of-at-least-32-chars",
  CAPILLARY_BASE_URL: "https://eu.api.capillarytech.com",
  CAPILLARY_OAUTH_KEY: "k",
  CAPILLARY_OAUTH_SECRET: "s",
};
let raw: Record<string, string> = BASE;

vi.mock("@/lib/server/env", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/lib/server/env")>();
  return { ...actual, getEnv: () => actual.loadEnv(raw) };
});

const { walletFeatures } = await import("./features");

describe("the wallet's extras, from configuration", () => {
  beforeEach(() => {
    raw = BASE;
  });

  it("offers no pass buttons (and no reminders) when nothing is configured", () => {
    expect(walletFeatures()).toEqual({ applePass: false, googlePass: false, pushKey: null });
  });

  it("offers each wallet only when its issuer material is configured", () => {
    const all = passEnv(makePassCertificates());
    raw = { ...BASE, ...all };
    expect(walletFeatures()).toMatchObject({ applePass: true, googlePass: true });
    const { GOOGLE_WALLET_ISSUER_ID: _i, GOOGLE_WALLET_SERVICE_ACCOUNT_KEY: _k, ...appleOnly } = all;
    raw = { ...BASE, ...appleOnly };
    expect(walletFeatures()).toMatchObject({ applePass: true, googlePass: false });
  });
});
