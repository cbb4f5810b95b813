// Reading requests and writing responses on node:http. Every answer, hooks and errors included, carries
// a fresh X-Cap-Requestid, as Capillary's do.
import { randomBytes } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { type EmuResponse, INVALID_JSON } from "./http";

const MAX_BODY_BYTES = 1024 * 1024;

export function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) reject(new Error("body too large"));
      else chunks.push(chunk);
    });
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

export function parseBody(raw: string): unknown {
  if (raw.trim() === "") return undefined;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return INVALID_JSON;
  }
}

/** Sends the answer; its body's size in bytes (the request log keeps it: how much a client had to read). */
export function send(res: ServerResponse, response: EmuResponse): number {
  const payload = response.raw ?? Buffer.from(JSON.stringify(response.body));
  res.writeHead(response.status, {
    "Content-Type": "application/json; charset=utf-8",
    "Content-Length": Buffer.byteLength(payload),
    // Capillary support asks for this id; clients log it with upstream errors.
    "X-Cap-Requestid": randomBytes(16).toString("hex"),
    ...response.headers,
  });
  res.end(payload);
  return Buffer.byteLength(payload);
}
