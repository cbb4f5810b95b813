// Unit tests run server modules directly; they read configuration through lib/server/env like the app, so
// give them a complete, harmless one (nothing here is ever contacted: tests inject their own clients).
const TEST_ENV: Record<string, string> = {
  CAPILLARY_BASE_URL: "http://127.0.0.1:9",
  CAPILLARY_OAUTH_KEY: "unit-test-key",
  CAPILLARY_OAUTH_SECRET: "unit-test-secret",
  NEXTAUTH_SECRET: "unit-test-session-secret-of-enough-length",
};
for (const [name, value] of Object.entries(TEST_ENV)) process.env[name] ??= value;
