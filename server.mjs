// Serves the built app: Next's own request handler behind a plain Node HTTP server, so that every request
// carries its connection's real peer address in `x-wallet-peer`, overwriting whatever a client put there.
// Next's `next start` keeps a client-sent X-Forwarded-For as if it were the peer, which would let anyone
// dodge per-address limits; lib/server/http/client-address.ts reads the peer only when this server set it
// (WALLET_SERVER=1). Runs with plain `node`, from the repository or from a standalone build.
import { existsSync, readFileSync } from "node:fs";
import { createServer } from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import v8 from "node:v8";
import next from "next";
import { rewriteDocument } from "./server/document-rewrite.mjs";
import { createStaticBrotli } from "./server/static-brotli.mjs";

// Memory: after each full collection V8 lets the old generation grow to up to 4x what survived it when
// collecting looks cheap next to the work between collections. Under wallet load (each request reads, checks
// and writes a whole wallet) that held 400-600 MB for a live heap of 85-110 MB, given back only when V8's
// memory reducer ran 15-35 s after the load stopped, or not at all while it went on (docs/performance.md,
// "Memory"). A fixed 1.5x keeps the heap near what is live for a little more collecting. An operator's own
// --heap-growing-percent on node's command line wins.
if (!process.execArgv.some((arg) => /^--heap[-_]growing[-_]percent/.test(arg)))
  v8.setFlagsFromString("--heap-growing-percent=50");

const dir = path.dirname(fileURLToPath(import.meta.url));
const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOSTNAME ?? "0.0.0.0";
const distDir = process.env.NEXT_DIST_DIR ?? ".next";

// The settings the app was built with, as Next's own standalone server.js uses them: a standalone folder has
// no next.config.js (nor the compilers that would load one), and the built settings are what was tested.
const required = path.join(dir, distDir, "required-server-files.json");
if (!existsSync(required)) {
  console.error(`No build in ${distDir}: run npm run build first.`);
  process.exit(1);
}
const conf = JSON.parse(readFileSync(required, "utf8")).config;
process.env.__NEXT_PRIVATE_STANDALONE_CONFIG = JSON.stringify(conf);
process.env.WALLET_SERVER = "1";
process.env.NODE_ENV = "production";
process.chdir(dir);
const app = next({ dev: false, dir, hostname, port, conf });
const handle = app.getRequestHandler();
await app.prepare();

// Pages go out with their stylesheet once instead of twice (server/sheet-once.mjs); WALLET_SHEET_ONCE=0 sends
// them as Next writes them.
const rewritePages = process.env.WALLET_SHEET_ONCE !== "0";
// Built scripts and stylesheets in brotli where the build made a copy (scripts/precompress.mjs), with the
// headers Next would give them.
const routes = JSON.parse(readFileSync(path.join(dir, distDir, "routes-manifest.json"), "utf8"));
const serveStaticBrotli = createStaticBrotli(path.join(dir, distDir, "static"), routes.headers ?? []);
const server = createServer((req, res) => {
  req.headers["x-wallet-peer"] = req.socket.remoteAddress ?? "";
  if (serveStaticBrotli(req, res)) return;
  if (rewritePages) rewriteDocument(req, res);
  void handle(req, res);
});
server.listen(port, hostname, () => console.log(`Coupon Wallet ready on http://${hostname}:${port}`));

for (const signal of ["SIGTERM", "SIGINT"]) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
    setTimeout(() => process.exit(0), 5_000).unref();
  });
}
