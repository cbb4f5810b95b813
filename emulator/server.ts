// The embedded Capillary emulator: a real HTTP server on loopback answering Capillary's endpoints in
// Capillary's JSON shapes, so the app, its tests and benchmarks run without a Capillary account.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { authenticate } from "./auth";
import { handleControl } from "./control";
import { DEMO_CREDENTIALS } from "./credentials";
import { injectedFailure, sleep } from "./faults";
import { type EmuRequest, type EmuResponse, v2Error } from "./http";
import { randomBytes } from "node:crypto";
import { parseBody, readBody, send } from "./http-io";
import { queryObject, type RouteKey } from "./request-log";
import { matchRoute } from "./router";
import { createState, type EmulatorState } from "./state";

export interface EmulatorOptions {
  /** 0 = any free port; default 0. */
  port?: number;
  /** Default "127.0.0.1". */
  host?: string;
  /** Clock for demo data, OTP and token expiry; default () => new Date(). */
  now?: () => Date;
  /** Defaults from credentials.ts, ttl 3600. */
  oauth?: { key: string; secret: string; ttlSeconds: number };
  /** Defaults from credentials.ts. */
  basic?: { username: string; password: string };
  /** Initial faults (0 by default). */
  latencyMs?: number;
  errorRate?: number;
  /** Where OTP "SMS" lines go; default console.log (silenced by `quiet` unless given explicitly). */
  logOtp?: (line: string) => void;
  quiet?: boolean;
  /** The secret the test hooks under /__emulator/ ask for; default a fresh random one per run. */
  controlToken?: string;
}

export interface RunningEmulator {
  url: string;
  port: number;
  /** Send as `x-emulator-token` to use the test hooks. */
  controlToken: string;
  close(): Promise<void>;
}

async function capillary(
  req: EmuRequest,
  state: EmulatorState,
): Promise<{ response: EmuResponse; key: RouteKey | null }> {
  const matched = matchRoute(req.method, req.path);
  const key = matched && matched !== "wrongMethod" ? matched.route.key : null;
  if (state.faults.latencyMs > 0) await sleep(state.faults.latencyMs);
  const fault = injectedFailure(state.faults);
  if (fault) return { response: fault, key };
  if (matched === null)
    return { response: v2Error(404, 404, `No such endpoint: ${req.method} ${req.path}`), key };
  if (matched === "wrongMethod")
    return { response: v2Error(405, 405, `Method ${req.method} not allowed`), key };
  if (matched.route.auth) {
    const denied = authenticate(req.headers, req.now, state.tokens, state.basic);
    if (denied) return { response: denied, key };
  }
  return { response: matched.route.handle({ ...req, params: matched.params }, state), key };
}

async function handle(
  rawReq: IncomingMessage,
  res: ServerResponse,
  state: EmulatorState,
  controlToken: string,
): Promise<void> {
  const now = state.now();
  const url = new URL(rawReq.url ?? "/", "http://emulator.invalid");
  const req: EmuRequest = {
    method: (rawReq.method ?? "GET").toUpperCase(),
    path: url.pathname,
    query: url.searchParams,
    headers: rawReq.headers,
    body: parseBody(await readBody(rawReq)),
    params: {},
    now,
  };
  if (req.path === "/__emulator" || req.path.startsWith("/__emulator/")) {
    send(res, handleControl(req, state, controlToken));
    return;
  }
  let outcome: { response: EmuResponse; key: RouteKey | null };
  try {
    outcome = await capillary(req, state);
  } catch (error) {
    outcome = {
      response: v2Error(
        500,
        500,
        `Emulator error: ${error instanceof Error ? error.message : String(error)}`,
      ),
      key: null,
    };
  }
  const bytes = send(res, outcome.response);
  const entry = {
    method: req.method,
    path: req.path,
    query: queryObject(req.query),
    headers: { ...req.headers },
    status: outcome.response.status,
    at: now.toISOString(),
    bytes,
  };
  state.log.record(entry, outcome.key);
}

export async function startEmulator(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  const host = options.host ?? "127.0.0.1";
  const state = createState({
    now: options.now ?? (() => new Date()),
    oauth: options.oauth ?? {
      key: DEMO_CREDENTIALS.oauthKey,
      secret: DEMO_CREDENTIALS.oauthSecret,
      ttlSeconds: 3600,
    },
    basic: options.basic ?? {
      username: DEMO_CREDENTIALS.tillUsername,
      password: DEMO_CREDENTIALS.tillPassword,
    },
    latencyMs: options.latencyMs ?? 0,
    errorRate: options.errorRate ?? 0,
    logOtp: options.logOtp ?? (options.quiet ? () => {} : (line) => console.log(line)),
  });
  const controlToken = options.controlToken ?? randomBytes(24).toString("hex");
  const server = createServer((req, res) => {
    handle(req, res, state, controlToken).catch((error: unknown) => {
      if (!res.headersSent)
        send(
          res,
          v2Error(500, 500, `Emulator error: ${error instanceof Error ? error.message : String(error)}`),
        );
      else res.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const shownHost = host.includes(":") ? `[${host}]` : host;
  return {
    url: `http://${shownHost}:${port}`,
    port,
    controlToken,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Keep-alive sockets would otherwise hold close() open until they time out.
        server.closeAllConnections();
      }),
  };
}
