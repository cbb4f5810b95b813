import { describe, expect, it, vi } from "vitest";

vi.mock("next-intl/server", () => ({ getRequestConfig: <T>(create: T) => create }));
vi.mock("@/lib/server/i18n/locale", () => ({ getAppLocale: async () => "hi" }));
vi.mock("@/lib/server/i18n/messages", () => ({ loadMessages: async (locale: string) => ({ locale }) }));
vi.mock("@/lib/server/env", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/lib/server/env")>();
  const env = actual.loadEnv({
    NEXTAUTH_SECRET: "a-session-secret-of-at-least-32-chars",
    CAPILLARY_BASE_URL: "https://eu.api.capillarytech.com",
    CAPILLARY_OAUTH_KEY: "k",
    CAPILLARY_OAUTH_SECRET: "s",
    WALLET_DEFAULT_TIME_ZONE: "Asia/Dubai",
  });
  return { ...actual, getEnv: () => env };
});

const { default: requestConfig } = (await import("./request")) as unknown as {
  default: () => Promise<{ locale: string; messages: unknown; timeZone?: string }>;
};

describe("next-intl's request configuration", () => {
  // Without a zone here, next-intl's getConfig builds an Intl.DateTimeFormat per request for the server's.
  it("names the brand's zone, so next-intl never reads the server's own on each request", async () => {
    expect(await requestConfig()).toEqual({
      locale: "hi",
      messages: { locale: "hi" },
      timeZone: "Asia/Dubai",
    });
  });
});
