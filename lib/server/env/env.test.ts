import { describe, expect, it } from "vitest";

import { ConfigError, loadEnv } from "./index";

const REST = { NEXTAUTH_SECRET: "a-session-secret" };
const loadCapillaryConfig = (raw: Record<string, string>) => loadEnv({ ...REST, ...raw }).capillary;
const CAPILLARY = {
  CAPILLARY_BASE_URL: "https://eu.api.capillarytech.com",
  CAPILLARY_OAUTH_KEY: "k",
  CAPILLARY_OAUTH_SECRET: "s",
};

describe("the Capillary section", () => {
  it("reads an OAuth setup with defaults", () => {
    expect(
      loadCapillaryConfig({
        CAPILLARY_BASE_URL: "https://eu.api.capillarytech.com/",
        CAPILLARY_OAUTH_KEY: "k",
        CAPILLARY_OAUTH_SECRET: "s",
      }),
    ).toEqual({
      baseUrl: "https://eu.api.capillarytech.com",
      auth: { kind: "oauth", key: "k", secret: "s" },
      timeoutMs: 8000,
      maxRetries: 2,
      orgTimeZone: "Asia/Kolkata",
    });
  });

  it("reads a Basic setup", () => {
    const config = loadCapillaryConfig({
      CAPILLARY_BASE_URL: "http://127.0.0.1:4010",
      CAPILLARY_AUTH: "basic",
      CAPILLARY_TILL_USERNAME: "store.server",
      CAPILLARY_TILL_PASSWORD: "server123",
      CAPILLARY_TIMEOUT_MS: "3000",
      CAPILLARY_MAX_RETRIES: "0",
      CAPILLARY_ORG_TIME_ZONE: "Europe/London",
    });
    expect(config).toMatchObject({
      auth: { kind: "basic", username: "store.server", password: "server123" },
      timeoutMs: 3000,
      maxRetries: 0,
      orgTimeZone: "Europe/London",
    });
  });

  it("lists every problem by variable name", () => {
    let error: unknown;
    try {
      loadCapillaryConfig({
        CAPILLARY_BASE_URL: "not a url",
        CAPILLARY_TIMEOUT_MS: "abc",
        CAPILLARY_ORG_TIME_ZONE: "Mars/Olympus",
        CAPILLARY_OAUTH_KEY: "",
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join("\n");
    for (const name of [
      "CAPILLARY_BASE_URL",
      "CAPILLARY_TIMEOUT_MS",
      "CAPILLARY_ORG_TIME_ZONE",
      "CAPILLARY_OAUTH_KEY",
      "CAPILLARY_OAUTH_SECRET",
    ]) {
      expect(problems).toContain(name);
    }
  });

  it("requires till credentials for basic and a base URL always", () => {
    expect(() => loadCapillaryConfig({ CAPILLARY_AUTH: "basic" })).toThrow(
      /CAPILLARY_BASE_URL[\s\S]*CAPILLARY_TILL_USERNAME[\s\S]*CAPILLARY_TILL_PASSWORD/,
    );
    expect(() =>
      loadCapillaryConfig({ CAPILLARY_BASE_URL: "https://x.io", CAPILLARY_AUTH: "token" }),
    ).toThrow(/CAPILLARY_AUTH/);
  });

  it("never puts secret values in its messages", () => {
    try {
      loadCapillaryConfig({
        CAPILLARY_BASE_URL: "https://x.io",
        CAPILLARY_OAUTH_SECRET: "hunter2",
        CAPILLARY_MAX_RETRIES: "99",
      });
    } catch (e) {
      expect(String(e)).not.toContain("hunter2");
      expect(String(e)).toContain("CAPILLARY_MAX_RETRIES");
    }
  });
});

describe("the rest of the configuration", () => {
  it("has defaults for the display and runtime, and reads the staff and store settings", () => {
    expect(loadEnv({ ...REST, ...CAPILLARY })).toMatchObject({
      session: { secret: "a-session-secret" },
      display: { locale: "en-IN", currency: "INR", defaultTimeZone: "Asia/Kolkata" },
      runtime: { demoMode: false, auditLogFile: undefined, distDir: ".next" },
      staff: { users: undefined, oidc: undefined, oidcName: "your company account" },
      store: { redisUrl: undefined },
    });
    const env = loadEnv({
      ...REST,
      ...CAPILLARY,
      WALLET_LOCALE: "hi-IN",
      WALLET_CURRENCY: "AED",
      DEMO_MODE: "1",
      STAFF_OIDC_ISSUER: "https://idp.example.com",
      STAFF_OIDC_CLIENT_ID: "id",
      STAFF_OIDC_CLIENT_SECRET: "secret",
      REDIS_URL: "rediss://cache:6380",
    });
    expect(env.display).toMatchObject({ locale: "hi-IN", currency: "AED" });
    expect(env.runtime.demoMode).toBe(true);
    expect(env.staff.oidc).toEqual({
      issuer: "https://idp.example.com",
      clientId: "id",
      clientSecret: "secret",
    });
    expect(env.store.redisUrl).toBe("rediss://cache:6380");
  });

  it("names every bad variable of every section at once", () => {
    expect(() =>
      loadEnv({
        ...CAPILLARY,
        WALLET_LOCALE: "not a locale!",
        WALLET_CURRENCY: "rupees",
        WALLET_DEFAULT_TIME_ZONE: "Mars/Olympus",
        DEMO_MODE: "yes",
        REDIS_URL: "http://cache",
      }),
    ).toThrow(
      /NEXTAUTH_SECRET[\s\S]*WALLET_LOCALE[\s\S]*WALLET_CURRENCY[\s\S]*WALLET_DEFAULT_TIME_ZONE[\s\S]*DEMO_MODE[\s\S]*REDIS_URL/,
    );
  });
});
