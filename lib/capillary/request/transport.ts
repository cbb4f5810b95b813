import "server-only";

import { pipeline, type Readable } from "node:stream";
import { createBrotliDecompress, createGunzip, createInflate } from "node:zlib";
import { Agent, request as undiciRequest } from "undici";

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
  /** Lets go of a body that will not be read. */
  discard?(): void;
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

/** Characters of a body read at most; undici's own reads stop at as many bytes, which is never fewer. */
const MAX_BODY = 64_000_000;

/** A body given up at the cap. */
class BodyTooLarge extends Error {}

export function createKeepAliveAgent(timeoutMs: number): Agent {
  return new Agent({
    keepAliveTimeout: 10_000,
    keepAliveMaxTimeout: 60_000,
    connections: 64,
    connect: { timeout: Math.min(timeoutMs, 10_000) },
  });
}

/** What fetch asked for and undid by itself: the docs' example answers shrink 7 to 18 times in gzip. */
const ACCEPTED_ENCODINGS = "gzip, deflate, br";

/**
 * undici's own `request` rather than its WHATWG `fetch`: the same pool and no redirects followed (it follows
 * none unless asked), without fetch's web streams and Request/Response objects, which cost the wallet's one
 * call per view about half a millisecond more on this machine (docs/performance.md, proxy cost). What fetch
 * did besides, asking for a compressed answer and decompressing it, is done here.
 */
function requestWith(agent: Agent, maxBody: number): FetchLike {
  return async (url, init) => {
    const response = await undiciRequest(url, {
      method: init.method,
      headers: { ...init.headers, "accept-encoding": ACCEPTED_ENCODINGS },
      ...(init.body !== undefined ? { body: init.body } : {}),
      signal: init.signal,
      dispatcher: agent,
    });
    const header = (name: string) => {
      const value = response.headers[name];
      return Array.isArray(value) ? value.join(", ") : (value ?? null);
    };
    return {
      status: response.statusCode,
      headers: { get: (name) => header(name.toLowerCase()) },
      text: async () => readCapped(decoded(response.body, header("content-encoding")), maxBody),
      // An unread body would hold its pooled connection.
      discard: () => abandon(response.body),
    };
  };
}

/**
 * Lets go of a body without reading it, closing its connection. undici reports the abort as an error on
 * the body; unheard, that error would end the process.
 */
function abandon(body: Readable): void {
  body.on("error", () => {});
  body.destroy();
}

/** A body that came in an encoding this transport did not ask for. */
class UnreadableEncoding extends Error {}

/** The body as sent, decompressed: the cap then counts what would be parsed, so a small bomb is no way in. */
function decoded(body: Readable, encoding: string | null): Readable {
  const coding = (encoding ?? "").trim().toLowerCase();
  if (coding === "" || coding === "identity") return body;
  const decoder =
    coding === "gzip" || coding === "x-gzip"
      ? createGunzip()
      : coding === "deflate"
        ? createInflate()
        : coding === "br"
          ? createBrotliDecompress()
          : null;
  if (!decoder) {
    abandon(body);
    throw new UnreadableEncoding(coding);
  }
  // Errors on either side end the decoder, whose reader then throws them.
  return pipeline(body, decoder, () => {});
}

/** The body as text, given up (and its connection closed) past the cap, however it is framed. */
async function readCapped(body: Readable, maxBody: number): Promise<string> {
  const chunks: Buffer[] = [];
  let bytes = 0;
  for await (const chunk of body) {
    bytes += chunk.length;
    if (bytes > maxBody) {
      abandon(body);
      throw new BodyTooLarge();
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks, bytes).toString("utf8");
}

export function createTransport(
  options: { fetch?: FetchLike; agent?: Agent; maxBody?: number } = {},
): Transport {
  const maxBody = options.maxBody ?? MAX_BODY;
  const agent = options.fetch ? undefined : (options.agent ?? createKeepAliveAgent(10_000));
  const doFetch: FetchLike = options.fetch ?? requestWith(agent!, maxBody);

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
        const unreadable = (message: string) =>
          new CapillaryError("bad_response", message, {
            httpStatus: response.status,
            ...(requestId ? { requestId } : {}),
          });
        const tooLarge = () => unreadable("Capillary response too large");
        if (Number(response.headers.get("content-length") ?? "0") > maxBody) {
          response.discard?.();
          throw tooLarge();
        }
        const text = await response.text().catch((error: unknown) => {
          if (error instanceof BodyTooLarge) throw tooLarge();
          if (error instanceof UnreadableEncoding)
            throw unreadable("Capillary answered in an encoding we did not ask for");
          throw error;
        });
        if (text.length > maxBody) throw tooLarge();
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
