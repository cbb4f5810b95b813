// Sends each HTML page through createSheetOnce (sheet-once.mjs) on its way out. Next compresses what it
// sends, and a compressed document can't be rewritten, so for page requests Next is asked for the document
// uncompressed and it is gzipped here instead, flushed after every piece as Next's own compression is, so the
// page still streams. Everything else (scripts, styles, API answers, RSC requests) is left to Next.
import { StringDecoder } from "node:string_decoder";
import zlib from "node:zlib";
import { createSheetOnce } from "./sheet-once.mjs";

/** A browser loading a page: what Next answers with a whole HTML document. */
function isPageRequest(req) {
  if (req.method !== "GET") return false;
  if (req.headers.rsc !== undefined || req.headers["next-router-prefetch"] !== undefined) return false;
  const path = (req.url ?? "/").split("?")[0];
  if (path.startsWith("/api/") || path.startsWith("/_next/")) return false;
  return /\btext\/html\b/.test(String(req.headers.accept ?? ""));
}

function acceptsGzip(header) {
  return String(header ?? "")
    .split(",")
    .some((part) => {
      const [coding, ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      return coding?.trim().toLowerCase() === "gzip" && (q === undefined || Number(q.slice(2)) > 0);
    });
}

/** Before Next handles `req`: if it is a page request, its HTML answer will be rewritten (and gzipped). */
export function rewriteDocument(req, res) {
  if (!isPageRequest(req)) return;
  const gzipWanted = acceptsGzip(req.headers["accept-encoding"]);
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
    let gzip = null;
    if (gzipWanted) {
      res.setHeader("content-encoding", "gzip");
      gzip = zlib.createGzip();
      gzip.on("data", (bytes) => write(bytes));
      gzip.on("end", () => end());
    }
    const send = (text) => {
      if (!text) return;
      if (gzip) {
        gzip.write(text);
        gzip.flush(zlib.constants.Z_SYNC_FLUSH);
      } else write(text);
    };
    rewrite = {
      write(chunk, encoding) {
        send(sheetOnce.push(typeof chunk === "string" ? chunk : decoder.write(Buffer.from(chunk, encoding))));
      },
      end(chunk, encoding) {
        if (chunk) rewrite.write(chunk, encoding);
        send(sheetOnce.push(decoder.end()) + sheetOnce.end());
        if (gzip) gzip.end();
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
