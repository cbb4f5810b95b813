// Sends each HTML page through createSheetOnce (sheet-once.mjs) on its way out. Next compresses what it
// sends, and a compressed document can't be rewritten, so for page requests Next is asked for the document
// uncompressed and it is compressed here instead (brotli or gzip; Next's own compression has only gzip),
// flushed after every piece as Next's is, so the page still streams. Everything else (API answers, RSC
// requests, the built scripts and styles: see static-brotli.mjs) is left to Next.
import { StringDecoder } from "node:string_decoder";
import zlib from "node:zlib";
import { preferredEncoding } from "./accept-encoding.mjs";
import { createSheetOnce } from "./sheet-once.mjs";

/** A browser loading a page: what Next answers with a whole HTML document. */
function isPageRequest(req) {
  if (req.method !== "GET") return false;
  if (req.headers.rsc !== undefined || req.headers["next-router-prefetch"] !== undefined) return false;
  const path = (req.url ?? "/").split("?")[0];
  if (path.startsWith("/api/") || path.startsWith("/_next/")) return false;
  return /\btext\/html\b/.test(String(req.headers.accept ?? ""));
}

/**
 * Brotli at quality 5 costs the server about what gzip's default does (about 1.3 ms for the demo wallet's
 * 99 kB); its window is kept to 256 kB (a page is about 100 kB) so that each open answer holds little memory.
 */
function compressor(encoding) {
  if (encoding === "gzip") return { stream: zlib.createGzip(), flush: zlib.constants.Z_SYNC_FLUSH };
  const { BROTLI_PARAM_QUALITY, BROTLI_PARAM_LGWIN, BROTLI_OPERATION_FLUSH } = zlib.constants;
  const params = { [BROTLI_PARAM_QUALITY]: 5, [BROTLI_PARAM_LGWIN]: 18 };
  return { stream: zlib.createBrotliCompress({ params }), flush: BROTLI_OPERATION_FLUSH };
}

/** Before Next handles `req`: if it is a page request, its HTML answer will be rewritten (and compressed). */
export function rewriteDocument(req, res) {
  if (!isPageRequest(req)) return;
  const encoding = preferredEncoding(req.headers["accept-encoding"]);
  delete req.headers["accept-encoding"];

  const write = res.write.bind(res);
  const end = res.end.bind(res);
  const writeHead = res.writeHead.bind(res);
  const flushHeaders = res.flushHeaders.bind(res);
  /** undefined until the headers go: then null (sent as Next wrote it) or the rewrite. */
  let rewrite;

  function decide() {
    if (rewrite !== undefined) return;
    const type = String(res.getHeader("content-type") ?? "");
    if (!type.startsWith("text/html") || res.statusCode === 204 || res.statusCode === 304) {
      rewrite = null;
      return;
    }
    const decoder = new StringDecoder("utf8");
    const sheetOnce = createSheetOnce();
    res.removeHeader("content-length");
    const vary = String(res.getHeader("vary") ?? "");
    if (!/\baccept-encoding\b/i.test(vary))
      res.setHeader("vary", vary ? `${vary}, Accept-Encoding` : "Accept-Encoding");
    const packer = encoding ? compressor(encoding) : null;
    if (packer) {
      res.setHeader("content-encoding", encoding);
      packer.stream.on("data", (bytes) => write(bytes));
      packer.stream.on("end", () => end());
    }
    const send = (text) => {
      if (!text) return;
      if (packer) {
        packer.stream.write(text);
        packer.stream.flush(packer.flush);
      } else write(text);
    };
    rewrite = {
      write(chunk, encoding) {
        send(sheetOnce.push(typeof chunk === "string" ? chunk : decoder.write(Buffer.from(chunk, encoding))));
      },
      end(chunk, encoding) {
        if (chunk) rewrite.write(chunk, encoding);
        send(sheetOnce.push(decoder.end()) + sheetOnce.end());
        if (packer) packer.stream.end();
        else end();
      },
    };
  }

  res.writeHead = (status, message, headers) => {
    if (typeof message === "object") [message, headers] = [undefined, message];
    if (Array.isArray(headers)) return writeHead(status, message, headers);
    res.statusCode = status;
    for (const [name, value] of Object.entries(headers ?? {})) res.setHeader(name, value);
    decide();
    return message === undefined ? writeHead(status) : writeHead(status, message);
  };
  res.flushHeaders = () => {
    decide();
    flushHeaders();
  };
  res.write = (chunk, encoding, callback) => {
    decide();
    if (!rewrite) return write(chunk, encoding, callback);
    rewrite.write(chunk, typeof encoding === "string" ? encoding : undefined);
    if (typeof callback === "function") callback();
    else if (typeof encoding === "function") encoding();
    return true;
  };
  res.end = (chunk, encoding, callback) => {
    decide();
    if (!rewrite) return end(chunk, encoding, callback);
    if (typeof chunk === "function") [chunk, callback] = [undefined, chunk];
    if (typeof encoding === "function") [encoding, callback] = [undefined, encoding];
    if (typeof callback === "function") res.once("finish", callback);
    rewrite.end(chunk, encoding);
    return res;
  };
}
