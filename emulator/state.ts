// Everything mutable about one running emulator. Each startEmulator() call gets its own, so parallel
// test files never share tokens, OTPs or faults.
import { type BasicCredentials, TokenRegistry } from "./auth";
import { type Faults, noFaults } from "./faults";
import { Ledger } from "./ledger";
import { OtpStore } from "./otp";
import { RequestLog } from "./request-log";

export interface EmulatorState {
  now: () => Date;
  oauth: { key: string; secret: string };
  defaultTtlSeconds: number;
  tokens: TokenRegistry;
  basic: BasicCredentials;
  faults: Faults;
  otp: OtpStore;
  log: RequestLog;
  logOtp: (line: string) => void;
  /** Redemptions made and undone through this emulator. */
  ledger: Ledger;
}

export function createState(init: {
  now: () => Date;
  oauth: { key: string; secret: string; ttlSeconds: number };
  basic: BasicCredentials;
  latencyMs: number;
  errorRate: number;
  logOtp: (line: string) => void;
}): EmulatorState {
  return {
    now: init.now,
    oauth: { key: init.oauth.key, secret: init.oauth.secret },
    defaultTtlSeconds: init.oauth.ttlSeconds,
    tokens: new TokenRegistry(init.oauth.ttlSeconds),
    basic: init.basic,
    faults: { ...noFaults(), latencyMs: init.latencyMs, errorRate: init.errorRate },
    otp: new OtpStore(),
    log: new RequestLog(),
    logOtp: init.logOtp,
    ledger: new Ledger(),
  };
}

/** Back to a fresh start: no log, counters, OTPs, tokens or faults, and the configured token ttl. */
export function resetState(state: EmulatorState): void {
  state.log.clear();
  state.otp.clear();
  state.tokens.clear();
  state.tokens.ttlSeconds = state.defaultTtlSeconds;
  state.faults = noFaults();
  state.ledger.clear();
}
