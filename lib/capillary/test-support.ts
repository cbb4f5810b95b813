import "server-only";

import { readFileSync } from "node:fs";
import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

import type { CapillaryConfig } from "./request/config";
import type { LogEntry } from "./request/log";
import type { MapContext } from "./mappers/map-context";

/** Test helpers only (imported by `*.test.ts`): fixtures, a local stub Capillary, a capturing logger. */

export function readFixture(name: string): unknown {
  return JSON.parse(
    readFileSync(new URL(`../../fixtures/capillary/${name}`, import.meta.url), "utf8"),
  ) as unknown;
}

export function testMapContext(warnings: string[] = []): MapContext {
  return { timeZone: "Asia/Kolkata", warn: (message) => warnings.push(message) };
}

export interface SeenRequest {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
  remotePort: number | undefined;
}

export type StubReply =
  /** `text` is sent as given: a string, or bytes (a compressed body, say). */
  { status: number; json?: unknown; text?: string | Buffer; headers?: Record<string, string> } | "hang";

export interface Stub {
  baseUrl: string;
  requests: SeenRequest[];
  close(): Promise<void>;
}

/** A local HTTP server on 127.0.0.1:0; `reply` decides each answer and sees every request. */
export async function startStub(reply: (request: SeenRequest, index: number) => StubReply): Promise<Stub> {
  const requests: SeenRequest[] = [];
  const hanging: ServerResponse[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const seen = {
        method: req.method ?? "",
        url: req.url ?? "",
        headers: req.headers,
        body: Buffer.concat(chunks).toString("utf8"),
        remotePort: req.socket.remotePort,
      };
      requests.push(seen);
      const answer = reply(seen, requests.length - 1);
      if (answer === "hang") {
        hanging.push(res);
        return;
      }
      const body = answer.text ?? (answer.json === undefined ? "" : JSON.stringify(answer.json));
      res.writeHead(answer.status, { "Content-Type": "application/json", ...answer.headers });
      res.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    requests,
    close: async () => {
      for (const res of hanging) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export function captureLogs(): { entries: LogEntry[]; logger: (entry: LogEntry) => void } {
  const entries: LogEntry[] = [];
  return { entries, logger: (entry) => entries.push(entry) };
}

export function testConfig(baseUrl: string, overrides: Partial<CapillaryConfig> = {}): CapillaryConfig {
  return {
    baseUrl,
    auth: { kind: "oauth", key: "test-key", secret: "s3cret-value" },
    timeoutMs: 2_000,
    maxRetries: 2,
    orgTimeZone: "Asia/Kolkata",
    ...overrides,
  };
}

/** Which docs example answers which request (list examples by customer id, v1.1 by the codes asked for). */
const DOCS_COUPONS: Record<string, string> = {
  "565032176": "customer-565032176-coupons.json",
  "343040815": "customer-343040815-coupons.json",
  "345635529": "customer-345635529-coupons-lower.json",
};
const DOCS_LISTS: Record<string, string> = {
  "565039504": "list-coupons-sample.json",
  "345635529": "list-coupons-lower.json",
  "591985779": "list-coupons-reversed.json",
};
const DOCS_SERIES: Record<string, string> = {
  "520591": "series-520591.json",
  "698948": "series-698948.json",
};

/**
 * A stand-in Capillary that answers only with the docs' own example responses, verbatim: the app's
 * reading of them is then tested without the emulator's assumptions.
 */
export async function startDocsCapillary(): Promise<Stub> {
  const ok = (name: string): StubReply => ({ status: 200, json: readFixture(name) });
  return startStub((request) => {
    const url = new URL(request.url, "http://docs");
    const q = url.searchParams;
    if (url.pathname === "/v3/oauth/token/generate")
      return { status: 200, json: { data: { accessToken: "docs-token", ttlSeconds: 300 }, errors: null } };
    const coupons = /^\/v2\/customers\/(\d+)\/coupons$/.exec(url.pathname);
    if (coupons) {
      const file = DOCS_COUPONS[coupons[1]!];
      return file
        ? ok(file)
        : { status: 404, json: { errors: [{ status: false, code: 0, message: "NO_COUPONS_FOUND" }] } };
    }
    if (url.pathname === "/v2/customers/coupons") {
      const file =
        q.get("transaction_numbers") === "0"
          ? "list-coupons-transaction-numbers-0.json"
          : DOCS_LISTS[q.get("id") ?? ""];
      return file ? ok(file) : { status: 400, json: {} };
    }
    if (url.pathname === "/v2/coupon/series") {
      const entity = (q.get("ids") ?? "")
        .split(",")
        .flatMap((id) =>
          DOCS_SERIES[id] ? (readFixture(DOCS_SERIES[id]) as { entity: unknown[] }).entity : [],
        );
      return { status: 200, json: { entity, warnings: [] } };
    }
    if (url.pathname === "/v1.1/coupon/get") {
      return ok(
        q.get("coupon_code_case") === "LOWER" ? "coupon-get-lower-mixed.json" : "coupon-get-upper.json",
      );
    }
    return { status: 404, json: {} };
  });
}
