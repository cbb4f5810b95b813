// Sends the build's brotli copy of a script or stylesheet (scripts/precompress.mjs) to a browser that takes
// brotli; everything else under /_next/static, and every client without brotli, is left to Next, which
// sends gzip. Only the copies (no older than their originals) found under the build's static folder at
// start-up are served, each by its exact URL, so no request can name another file. The headers are those
// Next gives the original: its caching of built files (their names change with their content, so a browser
// may keep them for a year) and the app's own headers for the path (next.config.js, as the build's
// routes-manifest.json lists them).
import { createReadStream, existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { preferredEncoding } from "./accept-encoding.mjs";

const TYPES = { ".js": "application/javascript; charset=UTF-8", ".css": "text/css; charset=UTF-8" };

/**
 * The app's configured headers (routes-manifest.json's `headers`) for `url`, or null when a rule for it
 * depends on the request (`has`, `missing`), which only Next can judge.
 */
function configuredHeaders(url, rules) {
  const headers = {};
  for (const rule of rules) {
    if (!new RegExp(rule.regex).test(url)) continue;
    if (rule.has || rule.missing) return null;
    for (const { key, value } of rule.headers) headers[key.toLowerCase()] = value;
  }
  return headers;
}

/** Every brotli copy under `staticDir`, by the URL of its original. */
function brotliCopies(staticDir, rules) {
  const copies = new Map();
  if (!existsSync(staticDir)) return copies;
  for (const entry of readdirSync(staticDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith(".br")) continue;
    const copy = path.join(entry.parentPath ?? entry.path, entry.name);
    const original = copy.slice(0, -".br".length);
    const type = TYPES[path.extname(original)];
    if (!type || !existsSync(original)) continue;
    const { mtimeMs, size } = statSync(copy);
    // A copy older than its original (a chunk rewritten after the copy was made) would send old code.
    if (mtimeMs < statSync(original).mtimeMs) continue;
    const url = `/_next/static/${path.relative(staticDir, original).split(path.sep).join("/")}`;
    const headers = configuredHeaders(url, rules);
    if (headers) copies.set(url, { file: copy, size, type, headers });
  }
  return copies;
}

/**
 * A handler for server.mjs: answers `req` with a brotli copy and returns true, or returns false. `rules`:
 * the build's configured headers, as routes-manifest.json has them.
 */
export function createStaticBrotli(staticDir, rules) {
  const copies = brotliCopies(staticDir, rules);
  return function serveStaticBrotli(req, res) {
    if (copies.size === 0 || (req.method !== "GET" && req.method !== "HEAD")) return false;
    if (req.headers.range !== undefined) return false;
    const copy = copies.get((req.url ?? "").split("?")[0]);
    if (!copy || preferredEncoding(req.headers["accept-encoding"]) !== "br") return false;
    res.writeHead(200, {
      ...copy.headers,
      "content-type": copy.type,
      "content-encoding": "br",
      "content-length": copy.size,
      "cache-control": "public, max-age=31536000, immutable",
      vary: "Accept-Encoding",
    });
    if (req.method === "HEAD") res.end();
    else
      createReadStream(copy.file)
        .on("error", (error) => res.destroy(error))
        .pipe(res);
    return true;
  };
}
