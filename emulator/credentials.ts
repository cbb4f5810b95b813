// The emulator's default credentials. The start script hands these to the app in demo mode, so they are
// deliberately public: they only ever unlock a loopback emulator full of made-up data.
export const DEMO_CREDENTIALS = {
  oauthKey: "coupon-wallet-demo-key",
  oauthSecret: "coupon-wallet-demo-secret",
  tillUsername: "demo.till",
  tillPassword: "demo-till-password",
} as const;
