import "server-only";

import { readFileSync } from "node:fs";
import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

import type { CapillaryConfig } from "./config";
import type { LogEntry } from "./log";
import type { MapContext } from "./map-context";

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
  { status: number; json?: unknown; text?: string; headers?: Record<string, string> } | "hang";

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
