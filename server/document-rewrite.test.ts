import {
  createServer,
  request,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type ServerResponse,
} from "node:http";
import type { AddressInfo } from "node:net";
import { brotliDecompressSync, createBrotliDecompress, createGunzip, gunzipSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { rewriteDocument } from "./document-rewrite.mjs";

const SHEET = "@layer base{a{color:red}}";
const HREF = "/_next/static/chunks/a.css";
const HEAD = `<html><head><style data-precedence="next" data-href="${HREF}">${SHEET}</style></head><body><main>Hi</main>`;
const PAYLOAD = `<script>self.__next_f.push([1,"4:T${SHEET.length.toString(16)},${SHEET}5:[]\\n"])</script></body></html>`;
const PAYLOAD_ONCE = `<script>self.__next_f.push([1,"4:T0,5:[]\\n"])</script></body></html>`;

type Handler = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;
const servers: ReturnType<typeof createServer>[] = [];
afterEach(() => servers.splice(0).forEach((server) => server.close()));

/** A server that rewrites as server.mjs does, then answers with `handler` in Next's place. */
async function serve(handler: Handler) {
  const seen: IncomingHttpHeaders[] = [];
  const server = createServer((req, res) => {
    rewriteDocument(req, res);
    seen.push({ ...req.headers });
    void handler(req, res);
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { port: (server.address() as AddressInfo).port, seen };
}

/** `onText` hears the compressed answer's text so far, as it arrives. */
function get(port: number, path: string, headers: Record<string, string>, onText?: (text: string) => void) {
  return new Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
    request({ port, path, headers, host: "127.0.0.1" }, (res) => {
      const parts: Buffer[] = [];
      let text = "";
      const coding = res.headers["content-encoding"];
      const unpack = coding === "gzip" ? createGunzip() : coding === "br" ? createBrotliDecompress() : null;
      unpack?.on("data", (piece: Buffer) => onText?.((text += piece.toString())));
      res.on("data", (part: Buffer) => {
        parts.push(part);
        unpack?.write(part);
      });
      res.on("end", () =>
        resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(parts) }),
      );
    })
      .on("error", reject)
      .end();
  });
}

const BROWSER = {
  accept: "text/html,application/xhtml+xml,*/*;q=0.8",
  "accept-encoding": "gzip, deflate, br",
};
const writeDocument: Handler = (_req, res) => {
  res.setHeader("content-type", "text/html; charset=utf-8");
  res.flushHeaders();
  res.write(HEAD);
  res.end(Buffer.from(PAYLOAD));
};

describe("rewriteDocument", () => {
  it("sends a page in brotli with the payload's copy of its sheet emptied, Next having been asked for it plain", async () => {
    const { port, seen } = await serve(writeDocument);
    const answer = await get(port, "/wallet", BROWSER);
    expect(seen[0]!["accept-encoding"]).toBeUndefined();
    expect(answer.headers["content-encoding"]).toBe("br");
    expect(answer.headers.vary).toMatch(/Accept-Encoding/);
    expect(brotliDecompressSync(answer.body).toString()).toBe(HEAD + PAYLOAD_ONCE);
  });

  it("sends it gzipped to a client that takes gzip and not brotli", async () => {
    const { port } = await serve(writeDocument);
    const answer = await get(port, "/wallet", { ...BROWSER, "accept-encoding": "gzip, deflate" });
    expect(answer.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(answer.body).toString()).toBe(HEAD + PAYLOAD_ONCE);
  });

  it("sends it plain to a client that takes no gzip, and without a length that no longer holds", async () => {
    const { port } = await serve((_req, res) => {
      res.setHeader("content-type", "text/html");
      res.setHeader("content-length", Buffer.byteLength(HEAD + PAYLOAD));
      res.end(HEAD + PAYLOAD);
    });
    const answer = await get(port, "/signin", {
      accept: "text/html",
      "accept-encoding": "gzip;q=0, identity",
    });
    expect(answer.headers["content-encoding"]).toBeUndefined();
    expect(answer.body.toString()).toBe(HEAD + PAYLOAD_ONCE);
  });

  for (const [encoding, unpack] of [
    ["br", brotliDecompressSync],
    ["gzip", gunzipSync],
  ] as const) {
    it(`streams in ${encoding}: the head reaches the browser before the page has finished`, async () => {
      let finish!: () => void;
      const finished = new Promise<void>((resolve) => (finish = resolve));
      const { port } = await serve(async (_req, res) => {
        res.setHeader("content-type", "text/html");
        res.flushHeaders();
        res.write(HEAD);
        await finished;
        res.end(PAYLOAD);
      });
      const answer = await get(port, "/wallet", { ...BROWSER, "accept-encoding": encoding }, (text) => {
        if (text.includes("</main>")) finish();
      });
      expect(answer.headers["content-encoding"]).toBe(encoding);
      expect(unpack(answer.body).toString()).toBe(HEAD + PAYLOAD_ONCE);
    });
  }

  it("leaves to Next what is not a page: its answers keep their encoding and their bytes", async () => {
    const { port, seen } = await serve((_req, res) => {
      res.setHeader("content-type", "text/html");
      res.end(HEAD + PAYLOAD);
    });
    for (const [path, headers] of [
      ["/api/wallet", BROWSER],
      ["/_next/static/chunks/a.js", BROWSER],
      ["/wallet", { ...BROWSER, rsc: "1" }],
      ["/wallet", { accept: "*/*", "accept-encoding": "gzip" }],
    ] as const) {
      const answer = await get(port, path, headers);
      expect(answer.body.toString(), path).toBe(HEAD + PAYLOAD);
      expect(seen.at(-1)!["accept-encoding"], path).toBe(headers["accept-encoding"]);
    }
  });

  it("passes a page request's answer through when it is not HTML", async () => {
    const { port } = await serve((_req, res) => {
      res.writeHead(200, { "content-type": "application/json", "content-length": "2" });
      res.end("{}");
    });
    const answer = await get(port, "/wallet", BROWSER);
    expect(answer.headers["content-encoding"]).toBeUndefined();
    expect(answer.headers["content-length"]).toBe("2");
    expect(answer.body.toString()).toBe("{}");
  });
});
