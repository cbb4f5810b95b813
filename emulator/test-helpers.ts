// Shared by the emulator's tests: a quiet emulator on a free port with a clock the test can move.
import { afterAll, beforeAll } from "vitest";
import { DEMO_CREDENTIALS } from "./credentials";
import { md5Hex } from "./auth";
import { type EmulatorOptions, type RunningEmulator, startEmulator } from "./server";

/** A Tuesday, 12:00 in Asia/Kolkata. */
export const TEST_START = new Date("2026-03-10T06:30:00Z");

// Tests poke deep into Capillary JSON; typing every shape here would only restate the fixtures.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;
export interface Reply {
  status: number;
  body: Json;
  headers: Headers;
}

export interface Harness {
  emu: RunningEmulator;
  clock: { now: Date; advance(ms: number): void; set(d: Date): void };
  otpLines: string[];
  token(): Promise<string>;
  get(path: string, headers?: Record<string, string>): Promise<Reply>;
  post(path: string, body: unknown, headers?: Record<string, string>): Promise<Reply>;
  /** GET with a fresh OAuth token. */
  authed(path: string): Promise<Reply>;
}

export function basicHeader(username: string, password: string): string {
  return `Basic ${Buffer.from(`${username}:${md5Hex(password)}`).toString("base64")}`;
}

export const DEMO_BASIC = basicHeader(DEMO_CREDENTIALS.tillUsername, DEMO_CREDENTIALS.tillPassword);

/** Starts an emulator before the file's tests and closes it after. */
export function withEmulator(options: EmulatorOptions = {}): Harness {
  const clock = {
    now: new Date(TEST_START),
    advance(ms: number) {
      this.now = new Date(this.now.getTime() + ms);
    },
    set(d: Date) {
      this.now = new Date(d);
    },
  };
  const otpLines: string[] = [];
  const h = { clock, otpLines } as Harness;
  const call = async (
    method: string,
    path: string,
    body: unknown,
    headers: Record<string, string> = {},
  ): Promise<Reply> => {
    // The test hooks ask for the run's secret; tests that check the refusal pass their own header.
    const hooks: Record<string, string> = path.startsWith("/__emulator")
      ? { "x-emulator-token": h.emu.controlToken }
      : {};
    const res = await fetch(`${h.emu.url}${path}`, {
      method,
      headers: {
        ...hooks,
        ...(body === undefined ? {} : { "Content-Type": "application/json" }),
        ...headers,
      },
      body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, body: text === "" ? undefined : JSON.parse(text), headers: res.headers };
  };
  h.get = (path, headers) => call("GET", path, undefined, headers);
  h.post = (path, body, headers) => call("POST", path, body, headers);
  h.token = async () => {
    const res = await h.post("/v3/oauth/token/generate", {
      key: DEMO_CREDENTIALS.oauthKey,
      secret: DEMO_CREDENTIALS.oauthSecret,
    });
    return res.body.data.accessToken as string;
  };
  h.authed = async (path) => h.get(path, { "X-CAP-API-OAUTH-TOKEN": await h.token() });
  beforeAll(async () => {
    h.emu = await startEmulator({
      quiet: true,
      now: () => clock.now,
      logOtp: (line) => otpLines.push(line),
      ...options,
    });
  });
  afterAll(async () => {
    await h.emu.close();
  });
  return h;
}
