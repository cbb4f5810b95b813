import { describe, expect, it } from "vitest";

import { loadCapillaryConfig } from "./config";
import { ConfigError } from "./errors";

describe("loadCapillaryConfig", () => {
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
