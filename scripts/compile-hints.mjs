#!/usr/bin/env node
// Marks the JavaScript every page loads first with V8's compile hint (`//# allFunctionsCalledOnLoad`,
// Chrome 136 on), so the browser compiles it on a background thread while it downloads instead of on the
// main thread when each function is first called. A trace of the wallet's load at the bench's phone
// settings spent about 400 ms of main-thread time compiling these chunks; with the hint on all of them,
// about 30, and about 130 with it on the three largest (React, Next's router), which took as much off the
// blocking time (docs/performance.md). The hint costs each file about 25 bytes gzip, so only chunks of
// MIN_CHUNK_BYTES or more carry it. Other browsers read the line as a comment. Chunks loaded on demand
// (the barcode, the scanner, the cards' wording) stay lazy: the hint is for code that runs as a page starts.
// Run after every `next build` by finish-build.mjs, and by the bench for its build of the app.
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import vm from "node:vm";

export const COMPILE_HINT = "//# allFunctionsCalledOnLoad\n";
/** Below this a chunk's lazy compilation costs the main thread too little to pay for the hint's bytes. */
export const MIN_CHUNK_BYTES = 32 * 1024;

/** Every `*_client-reference-manifest.js` under a directory. */
function referenceManifests(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith("_client-reference-manifest.js"))
    .map((entry) => path.join(entry.parentPath ?? entry.path, entry.name));
}

/**
 * The files (relative to the dist dir, `static/chunks/…`) that some page loads before it can hydrate: the
 * root main files, and each route segment's entry chunks as its client reference manifest lists them.
 */
export function firstLoadChunks(distDir) {
  const manifest = JSON.parse(readFileSync(path.join(distDir, "build-manifest.json"), "utf8"));
  const files = new Set(manifest.rootMainFiles ?? []);
  for (const file of referenceManifests(path.join(distDir, "server", "app"))) {
    // The manifest is a script that assigns to globalThis.__RSC_MANIFEST; run it in a context of its own.
    const sandbox = {};
    sandbox.globalThis = sandbox;
    sandbox.self = sandbox;
    vm.runInNewContext(readFileSync(file, "utf8"), sandbox, { filename: file });
    for (const route of Object.values(sandbox.__RSC_MANIFEST ?? {})) {
      for (const chunks of Object.values(route.entryJSFiles ?? {}))
        for (const chunk of chunks) files.add(chunk);
    }
  }
  return [...files].filter((file) => file.endsWith(".js"));
}

/**
 * Prepends the hint to each first-load chunk of `minBytes` or more not yet marked; a source map beside one
 * moves a line down with it.
 */
export function markFirstLoadChunks(distDir, minBytes = MIN_CHUNK_BYTES) {
  let marked = 0;
  const chunks = firstLoadChunks(distDir);
  for (const chunk of chunks) {
    const file = path.join(distDir, chunk);
    const code = readFileSync(file, "utf8");
    if (code.startsWith(COMPILE_HINT) || Buffer.byteLength(code) < minBytes) continue;
    writeFileSync(file, COMPILE_HINT + code);
    const map = `${file}.map`;
    if (existsSync(map)) {
      const sourceMap = JSON.parse(readFileSync(map, "utf8"));
      sourceMap.mappings = `;${sourceMap.mappings}`;
      writeFileSync(map, JSON.stringify(sourceMap));
    }
    marked += 1;
  }
  return { chunks: chunks.length, marked };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
  const distDir = path.resolve(root, process.env.NEXT_DIST_DIR ?? ".next");
  const { chunks, marked } = markFirstLoadChunks(distDir);
  if (chunks === 0) {
    console.error(`No first-load chunks found in ${path.relative(root, distDir)}: run next build first.`);
    process.exit(1);
  }
  console.log(`Compile hints: ${marked} of ${chunks} first-load chunks marked for eager compilation.`);
}
