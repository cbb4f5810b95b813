import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { createServer, request, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { brotliCompressSync, brotliDecompressSync } from "node:zlib";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createStaticBrotli, type HeaderRule } from "./static-brotli.mjs";

const SCRIPT = `self.chunk = ${JSON.stringify("a coupon, ".repeat(100))};`;
let dir: string;
const servers: ReturnType<typeof createServer>[] = [];
const write = (file: string, content: string | Buffer) => {
  mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  writeFileSync(path.join(dir, file), content);
};
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), "static-brotli-"));
  write("chunks/a.js", SCRIPT);
  write("chunks/a.js.br", brotliCompressSync(SCRIPT));
});
afterEach(() => {
  servers.splice(0).forEach((server) => server.close());
  rmSync(dir, { recursive: true, force: true });
});

/** As next.config.js's headers() come out in routes-manifest.json. */
const EVERY_PATH: HeaderRule = {
  regex: "^(?:/((?:[^/]+?)(?:/(?:[^/]+?))*))?(?:/)?$",
  headers: [{ key: "X-Content-Type-Options", value: "nosniff" }],
};
const API: HeaderRule = {
  regex: "^/api(?:/((?:[^/]+?)(?:/(?:[^/]+?))*))?(?:/)?$",
  headers: [{ key: "Content-Security-Policy", value: "default-src 'none'" }],
};

/** A server that tries the brotli copies first, as server.mjs does, and otherwise answers "next". */
async function serve(rules: HeaderRule[] = [EVERY_PATH, API]) {
  const serveStaticBrotli = createStaticBrotli(dir, rules);
  const server = createServer((req, res) => {
    if (!serveStaticBrotli(req, res)) res.end("next");
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return (server.address() as AddressInfo).port;
}

function get(port: number, urlPath: string, headers: Record<string, string>, method = "GET") {
  return new Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
    request({ port, path: urlPath, headers, method, host: "127.0.0.1" }, (res) => {
      const parts: Buffer[] = [];
      res.on("data", (part: Buffer) => parts.push(part));
      res.on("end", () =>
        resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(parts) }),
      );
    })
      .on("error", reject)
      .end();
  });
}

const BROWSER = { "accept-encoding": "gzip, deflate, br, zstd" };

describe("createStaticBrotli", () => {
  it("sends a built script's brotli copy, with the headers Next gives its built files", async () => {
    const port = await serve();
    const answer = await get(port, "/_next/static/chunks/a.js?dpl=1", BROWSER);
    expect(answer.status).toBe(200);
    expect(answer.headers).toMatchObject({
      "content-type": "application/javascript; charset=UTF-8",
      "content-encoding": "br",
      "cache-control": "public, max-age=31536000, immutable",
      vary: "Accept-Encoding",
      "x-content-type-options": "nosniff",
    });
    expect(answer.headers["content-security-policy"]).toBeUndefined();
    expect(Number(answer.headers["content-length"])).toBe(answer.body.length);
    expect(brotliDecompressSync(answer.body).toString()).toBe(SCRIPT);

    const head = await get(port, "/_next/static/chunks/a.js", BROWSER, "HEAD");
    expect(head.headers["content-encoding"]).toBe("br");
    expect(head.body.length).toBe(0);
  });

  it("leaves to Next a client without brotli, a file without a copy, a range and any other path", async () => {
    write("chunks/b.js", SCRIPT);
    const port = await serve();
    for (const [urlPath, headers] of [
      ["/_next/static/chunks/a.js", { "accept-encoding": "gzip" }],
      ["/_next/static/chunks/a.js", { "accept-encoding": "br;q=0, gzip" }],
      ["/_next/static/chunks/a.js", { ...BROWSER, range: "bytes=0-10" }],
      ["/_next/static/chunks/b.js", BROWSER],
      ["/_next/static/chunks/a.js.br", BROWSER],
      ["/_next/static/chunks/../chunks/a.js", BROWSER],
      ["/chunks/a.js", BROWSER],
    ] as const) {
      const answer = await get(port, urlPath, headers);
      expect(answer.body.toString(), `${urlPath} ${JSON.stringify(headers)}`).toBe("next");
    }
  });

  it("leaves to Next a file whose configured headers depend on the request", async () => {
    const port = await serve([{ ...EVERY_PATH, has: [{ type: "header", key: "x-beta" }] }]);
    expect((await get(port, "/_next/static/chunks/a.js", BROWSER)).body.toString()).toBe("next");
  });

  it("never sends a copy older than its original", async () => {
    const old = new Date(Date.now() - 60_000);
    utimesSync(path.join(dir, "chunks/a.js.br"), old, old);
    const port = await serve();
    expect((await get(port, "/_next/static/chunks/a.js", BROWSER)).body.toString()).toBe("next");
  });
});
