import "server-only";

import { Agent, fetch as undiciFetch } from "undici";

import { CapillaryError } from "./errors";

/**
 * One HTTP exchange with no policy (no auth, no retry): a timeout per call, one keep-alive connection pool
 * for the process, no redirects (a redirect would carry our token header to wherever it points), and a
 * size cap so a misbehaving upstream cannot exhaust memory.
 */

export interface FetchInitLike {
  method: string;
  headers: Record<string, string>;
  body?: string;
  signal: AbortSignal;
  redirect: "manual";
}
export interface FetchResponseLike {
  status: number;
  headers: { get(name: string): string | null };
  text(): Promise<string>;
}
/** The subset of `fetch` we use; tests and callers may inject their own. */
export type FetchLike = (url: string, init: FetchInitLike) => Promise<FetchResponseLike>;

export interface RawRequest {
  method: "GET" | "POST";
  url: string;
  headers: Record<string, string>;
  body?: string;
  timeoutMs: number;
}
export interface RawResponse {
  status: number;
  text: string;
  requestId: string | undefined;
}
export interface Transport {
  send(request: RawRequest): Promise<RawResponse>;
  close(): Promise<void>;
}

const MAX_BODY_CHARS = 64_000_000;

export function createKeepAliveAgent(timeoutMs: number): Agent {
  return new Agent({
    keepAliveTimeout: 10_000,
    keepAliveMaxTimeout: 60_000,
    connections: 64,
    connect: { timeout: Math.min(timeoutMs, 10_000) },
  });
}

export function createTransport(options: { fetch?: FetchLike; agent?: Agent } = {}): Transport {
  const agent = options.fetch ? undefined : (options.agent ?? createKeepAliveAgent(10_000));
  const doFetch: FetchLike =
    options.fetch ?? ((url, init) => undiciFetch(url, { ...init, ...(agent ? { dispatcher: agent } : {}) }));

  return {
    async send(request) {
      const signal = AbortSignal.timeout(request.timeoutMs);
      try {
        const response = await doFetch(request.url, {
          method: request.method,
          headers: request.headers,
          ...(request.body !== undefined ? { body: request.body } : {}),
          signal,
          redirect: "manual",
        });
        const requestId = response.headers.get("x-cap-requestid") ?? undefined;
        const declared = Number(response.headers.get("content-length") ?? "0");
        if (declared > MAX_BODY_CHARS) {
          throw new CapillaryError("bad_response", "Capillary response too large", {
            httpStatus: response.status,
            ...(requestId ? { requestId } : {}),
          });
        }
        const text = await response.text();
        if (text.length > MAX_BODY_CHARS) {
          throw new CapillaryError("bad_response", "Capillary response too large", {
            httpStatus: response.status,
            ...(requestId ? { requestId } : {}),
          });
        }
        return { status: response.status, text, requestId };
      } catch (error) {
        if (error instanceof CapillaryError) throw error;
        if (signal.aborted) {
          throw new CapillaryError("timeout", `Capillary did not answer within ${request.timeoutMs} ms`, {
            cause: error,
          });
        }
        // Connection refused/reset, DNS, TLS: the cause keeps undici's code for debugging, never a body.
        throw new CapillaryError("unavailable", "Could not reach Capillary", { cause: error });
      }
    },
    async close() {
      if (!agent || agent.closed || agent.destroyed) return; // idempotent: tests and shutdown hooks may both call it
      await agent.close();
    },
  };
}
