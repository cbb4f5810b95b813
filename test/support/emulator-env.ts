// The environment of an app that talks to the embedded Capillary emulator: its URL and the emulator's
// public demo credentials, and in demo mode the sign-in pages' demo panels and the demo staff account.
import { DEMO_CREDENTIALS } from "../../emulator/credentials";
import { DEMO_STAFF_USERS, DEMO_TILLS } from "./demo";

export interface EmulatorEnvOptions {
  /** The sign-in pages' demo panels and, unless STAFF_USERS is set, the demo staff account. */
  demo: boolean;
  /** The demo staff account's STAFF_USERS entry; default test/support/demo.ts's. */
  demoStaffUsers?: string;
}

export function emulatorAppEnv(emulatorUrl: string, options: EmulatorEnvOptions): Record<string, string> {
  return {
    CAPILLARY_BASE_URL: emulatorUrl,
    CAPILLARY_AUTH: "oauth",
    CAPILLARY_OAUTH_KEY: DEMO_CREDENTIALS.oauthKey,
    CAPILLARY_OAUTH_SECRET: DEMO_CREDENTIALS.oauthSecret,
    ...(options.demo
      ? {
          DEMO_MODE: "1",
          // staff.demo / demo-staff-pass, unless the operator configured their own staff.
          ...(process.env.STAFF_USERS ? {} : { STAFF_USERS: options.demoStaffUsers ?? DEMO_STAFF_USERS }),
          // Each demo tablet says which of the emulator's tills it stands at; redemptions are credited there.
          ...(process.env.STAFF_TILLS ? {} : { STAFF_TILLS: DEMO_TILLS }),
        }
      : {}),
  };
}

/**
 * Sign-in budgets for test and benchmark apps whose every client is 127.0.0.1: per-address and overall
 * budgets wide enough for a crowd of sign-ins from one address (the per-number budgets stay as shipped).
 */
export const LOOPBACK_LIMITS: Record<string, string> = {
  OTP_SEND_BUDGET_ADDRESS: "1000/1m,100000/1d",
  OTP_SEND_BUDGET_TOTAL: "1000/1m,100000/1d",
  OTP_GUESS_BUDGET_ADDRESS: "1000/15m",
  STAFF_SIGN_IN_BUDGET_ADDRESS: "1000/15m",
};
