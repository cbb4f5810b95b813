import { describe, expect, it } from "vitest";

import { makePassCertificates, passEnv } from "@/test/support/pass-certificates";
import { ConfigError, loadEnv } from "./index";

const REST = { NEXTAUTH_SECRET: "a-session-secret-of-at-least-32-chars" };
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
      session: { secret: "a-session-secret-of-at-least-32-chars", shopperMaxDays: 7 },
      display: { locale: "en-IN", defaultLanguage: "en", currency: "INR", defaultTimeZone: "Asia/Kolkata" },
      runtime: {
        demoMode: false,
        auditLogFile: undefined,
        distDir: ".next",
        singleInstance: false,
        metricsToken: undefined,
        walletServer: false,
      },
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
      STAFF_OIDC_ALLOWED_DOMAINS: "brand.example",
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

  it("takes the brand's default language from WALLET_DEFAULT_LOCALE, only one the app ships", () => {
    expect(loadEnv({ ...REST, ...CAPILLARY, WALLET_DEFAULT_LOCALE: "ar" }).display.defaultLanguage).toBe(
      "ar",
    );
    expect(loadEnv({ ...REST, ...CAPILLARY, WALLET_DEFAULT_LOCALE: " " }).display.defaultLanguage).toBe("en");
    expect(() => loadEnv({ ...REST, ...CAPILLARY, WALLET_DEFAULT_LOCALE: "fr" })).toThrow(
      /WALLET_DEFAULT_LOCALE[\s\S]*en, hi, ar/,
    );
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

describe("configuration refused at start, one variable at a time", () => {
  const valid = { ...REST, ...CAPILLARY };
  const refusal = (raw: Record<string, string>) => {
    try {
      loadEnv(raw);
      return "accepted";
    } catch (error) {
      return (error as ConfigError).problems.join("\n");
    }
  };

  it("a session secret shorter than 32 characters", () => {
    expect(refusal({ ...valid, NEXTAUTH_SECRET: "short-secret" })).toMatch(
      /^NEXTAUTH_SECRET must be at least 32/,
    );
  });

  it("a plain-http Capillary host or public URL in production, loopback excepted", () => {
    const production = { ...valid, NODE_ENV: "production", REDIS_URL: "redis://cache:6379" };
    expect(refusal({ ...production, CAPILLARY_BASE_URL: "http://eu.api.capillarytech.com" })).toMatch(
      /^CAPILLARY_BASE_URL must use https in production/,
    );
    expect(refusal({ ...production, NEXTAUTH_URL: "http://wallet.example.com" })).toMatch(
      /^NEXTAUTH_URL must use https in production/,
    );
    expect(
      refusal({
        ...production,
        CAPILLARY_BASE_URL: "http://127.0.0.1:4010",
        NEXTAUTH_URL: "http://localhost:3000",
      }),
    ).toBe("accepted");
    // Not in production: a developer's plain-http stand-in is fine.
    expect(refusal({ ...valid, CAPILLARY_BASE_URL: "http://capillary.test" })).toBe("accepted");
  });

  it("production without a shared store, unless one instance is promised", () => {
    const production = { ...valid, NODE_ENV: "production" };
    expect(refusal(production)).toMatch(/^REDIS_URL is required in production/);
    expect(refusal({ ...production, WALLET_SINGLE_INSTANCE: "1" })).toBe("accepted");
    expect(refusal({ ...production, REDIS_URL: "redis://cache:6379" })).toBe("accepted");
    expect(refusal({ ...production, DEMO_MODE: "1" })).toBe("accepted");
  });

  it("OIDC staff sign-in without a group or domain rule", () => {
    const oidc = {
      STAFF_OIDC_ISSUER: "https://idp.example.com",
      STAFF_OIDC_CLIENT_ID: "id",
      STAFF_OIDC_CLIENT_SECRET: "s",
    };
    expect(refusal({ ...valid, ...oidc })).toMatch(/STAFF_OIDC_REQUIRED_GROUP or STAFF_OIDC_ALLOWED_DOMAINS/);
    expect(refusal({ ...valid, ...oidc, STAFF_OIDC_REQUIRED_GROUP: "counter" })).toBe("accepted");
  });

  it("budgets and countries that cannot be read", () => {
    expect(refusal({ ...valid, OTP_SEND_BUDGET_ADDRESS: "lots" })).toMatch(
      /^OTP_SEND_BUDGET_ADDRESS must be budgets/,
    );
    expect(refusal({ ...valid, OTP_COUNTRIES: "IN,XX" })).toMatch(/^OTP_COUNTRIES must list countries/);
    expect(refusal({ ...valid, TRUSTED_PROXY_HOPS: "9" })).toMatch(/^TRUSTED_PROXY_HOPS must be at most 5/);
  });

  it("reminders: a VAPID pair or nothing, readable lead times", () => {
    expect(refusal({ ...valid, VAPID_PUBLIC_KEY: "BPublicKey" })).toMatch(
      /VAPID_PUBLIC_KEY and VAPID_PRIVATE_KEY go together/,
    );
    expect(refusal({ ...valid, VAPID_PUBLIC_KEY: "a+b", VAPID_PRIVATE_KEY: "c" })).toMatch(
      /VAPID_PUBLIC_KEY must be base64url/,
    );
    expect(refusal({ ...valid, REMINDER_LEAD_TIMES: "7d,soon" })).toMatch(
      /^REMINDER_LEAD_TIMES must be lead times/,
    );
    expect(refusal({ ...valid, VAPID_SUBJECT: "http://brand.example" })).toMatch(
      /^VAPID_SUBJECT must be a mailto/,
    );
    const token = "a-reminder-test-token-of-24+";
    expect(refusal({ ...valid, REMINDER_TEST_TOKEN: token })).toMatch(
      /^REMINDER_TEST_TOKEN is for the demo and tests only/,
    );
    expect(refusal({ ...valid, REMINDER_TEST_TOKEN: token, DEMO_MODE: "1" })).toBe("accepted");
  });
});

describe("the wallet passes section", () => {
  const certs = makePassCertificates();
  const full: Record<string, string> = { ...REST, ...CAPILLARY, ...passEnv(certs) };
  const problems = (raw: Record<string, string>) => {
    try {
      loadEnv(raw);
      return "accepted";
    } catch (error) {
      return (error as ConfigError).problems.join("\n");
    }
  };

  it("is off without configuration: no Apple, no Google", () => {
    expect(loadEnv({ ...REST, ...CAPILLARY }).passes).toEqual({
      organizationName: "Coupon Wallet",
      apple: undefined,
      google: undefined,
    });
  });

  it("reads Apple's certificates (PEMs written with \\n) and Google's service account key", () => {
    const { passes } = loadEnv(full);
    expect(passes.organizationName).toBe("Test Brand");
    expect(passes.apple).toMatchObject({
      passTypeId: "pass.com.example.coupons",
      teamId: "TEAM123456",
      signerCert: certs.signerCertPem.trim(),
      wwdr: certs.wwdrPem.trim(),
    });
    expect(passes.google).toMatchObject({
      issuerId: "3388000000012345678",
      serviceAccountEmail: certs.serviceAccountEmail,
    });
  });

  it("refuses half a configuration and material that does not parse", () => {
    const { APPLE_WWDR_CERT: _wwdr, GOOGLE_WALLET_ISSUER_ID: _issuer, ...partial } = full;
    expect(problems(partial)).toMatch(/APPLE_WWDR_CERT must be set with APPLE_PASS_TYPE_ID/);
    expect(problems(partial)).toMatch(
      /GOOGLE_WALLET_ISSUER_ID must be set with GOOGLE_WALLET_SERVICE_ACCOUNT_KEY/,
    );
    expect(problems({ ...full, APPLE_PASS_CERT: "not a certificate" })).toMatch(
      /^APPLE_PASS_CERT must be a PEM certificate/,
    );
    expect(problems({ ...full, APPLE_PASS_KEY: certs.signerCertPem })).toMatch(/^APPLE_PASS_KEY must be/);
    expect(problems({ ...full, GOOGLE_WALLET_SERVICE_ACCOUNT_KEY: "{}" })).toMatch(
      /^GOOGLE_WALLET_SERVICE_ACCOUNT_KEY must be the service account's JSON key/,
    );
    expect(problems({ ...full, GOOGLE_WALLET_ISSUER_ID: "brand" })).toMatch(
      /^GOOGLE_WALLET_ISSUER_ID must be/,
    );
  });
});

describe("the reminders section", () => {
  it("is off without keys, and reads the lead times and push services", () => {
    expect(loadEnv({ ...REST, ...CAPILLARY }).reminders).toMatchObject({
      vapid: undefined,
      sweepSeconds: 900,
    });
    const env = loadEnv({
      ...REST,
      ...CAPILLARY,
      VAPID_PUBLIC_KEY: "BPub_lic-Key",
      VAPID_PRIVATE_KEY: "priv",
      REMINDER_LEAD_TIMES: "3d, 36h, morning",
      PUSH_SERVICE_HOSTS: "fcm.googleapis.com, *.Push.Apple.com",
    }).reminders;
    expect(env).toEqual({
      vapid: { publicKey: "BPub_lic-Key", privateKey: "priv", subject: "mailto:reminders@example.com" },
      leads: [
        { kind: "before", days: 3, hours: 0 },
        { kind: "before", days: 0, hours: 36 },
        { kind: "morning" },
      ],
      sweepSeconds: 900,
      pushServiceHosts: ["fcm.googleapis.com", "*.push.apple.com"],
    });
  });
});

describe("the brand", () => {
  const valid = { ...REST, ...CAPILLARY };
  const problemsOf = (raw: Record<string, string>) => {
    try {
      loadEnv({ ...valid, ...raw });
      return "accepted";
    } catch (error) {
      return (error as ConfigError).problems.join("\n");
    }
  };

  it("defaults to Coupon Wallet in today's blue, with no logo", () => {
    expect(loadEnv(valid).brand).toEqual({
      name: "Coupon Wallet",
      shortName: "Coupons",
      color: "#0b5fff",
      ink: { light: "#0b5fff", dark: expect.stringMatching(/^#[0-9a-f]{6}$/) },
      logo: undefined,
    });
  });

  it("reads a name, a colour in any CSS syntax as hex, and a logo from public/ or https", () => {
    const brand = loadEnv({
      ...valid,
      WALLET_BRAND_NAME: "  Chai Point  ",
      WALLET_BRAND_COLOR: "hsl(150 100% 20%)",
      WALLET_BRAND_LOGO: "icon.svg",
    }).brand;
    expect(brand).toMatchObject({ name: "Chai Point", shortName: "Chai Point", color: "#006633" });
    expect(brand.logo).toMatchObject({ kind: "file", src: "/icon.svg" });
    expect(loadEnv({ ...valid, WALLET_BRAND_COLOR: "rebeccapurple" }).brand.color).toBe("#663399");
    expect(loadEnv({ ...valid, WALLET_BRAND_COLOR: "oklch(45% 0.2 260)" }).brand.color).toMatch(
      /^#[0-9a-f]{6}$/,
    );
    expect(loadEnv({ ...valid, WALLET_BRAND_LOGO: "https://cdn.brand.example/logo.png" }).brand.logo).toEqual(
      {
        kind: "url",
        src: "https://cdn.brand.example/logo.png",
        origin: "https://cdn.brand.example",
      },
    );
    // A long name keeps a short one for the home screen.
    expect(loadEnv({ ...valid, WALLET_BRAND_NAME: "The Great Indian Coffee Co" }).brand.shortName).toBe(
      "Coupons",
    );
  });

  it("keeps the brand readable in both modes: text and focus rings get a shade that meets AA", () => {
    const { ink } = loadEnv({ ...valid, WALLET_BRAND_COLOR: "#0066cc" }).brand;
    // Against slate-100 (the darkest light surface) and slate-800 (the lightest dark one).
    expect(ink.light).toBe("#0066cc");
    expect(ink.dark).not.toBe("#0066cc");
  });

  it("refuses a colour white button text can't be read on, naming the variable and a darker shade", () => {
    const problem = problemsOf({ WALLET_BRAND_COLOR: "#7fb2ff" });
    expect(problem).toMatch(
      /^WALLET_BRAND_COLOR #7fb2ff is too light for white button text \(contrast 2\.1:1/,
    );
    const darker = /darker shade (#[0-9a-f]{6})/.exec(problem)?.[1];
    expect(darker).toBeDefined();
    // The suggested shade is itself accepted.
    expect(problemsOf({ WALLET_BRAND_COLOR: darker! })).toBe("accepted");
    // Just under the line is not rounded up to pass: #ee1300 is 4.44:1.
    expect(problemsOf({ WALLET_BRAND_COLOR: "#ee1300" })).toMatch(/contrast 4\.4:1/);
  });

  it("refuses what isn't an opaque colour, a logo outside public/ or off https, and an over-long name", () => {
    expect(problemsOf({ WALLET_BRAND_COLOR: "bluish" })).toMatch(/^WALLET_BRAND_COLOR must be a CSS colour/);
    expect(problemsOf({ WALLET_BRAND_COLOR: "rgb(0 0 255 / 50%)" })).toMatch(
      /^WALLET_BRAND_COLOR must be opaque/,
    );
    expect(problemsOf({ WALLET_BRAND_LOGO: "http://cdn.brand.example/logo.png" })).toMatch(
      /^WALLET_BRAND_LOGO must be a path under public\/ .* or an https URL/,
    );
    expect(problemsOf({ WALLET_BRAND_LOGO: "/../package.json" })).toMatch(
      /^WALLET_BRAND_LOGO must be a plain path/,
    );
    expect(problemsOf({ WALLET_BRAND_LOGO: "/logo.png" })).toMatch(/not a file in public\//);
    expect(problemsOf({ WALLET_BRAND_LOGO: "/manifest.json" })).toMatch(/must be an SVG, PNG/);
    expect(problemsOf({ WALLET_BRAND_NAME: "x".repeat(61) })).toMatch(
      /^WALLET_BRAND_NAME must be at most 60/,
    );
    expect(problemsOf({ WALLET_BRAND_SHORT_NAME: "Far too long a name" })).toMatch(
      /^WALLET_BRAND_SHORT_NAME must be at most 12/,
    );
  });
});
