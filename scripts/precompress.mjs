#!/usr/bin/env node
// Writes a brotli copy beside each built script and stylesheet (<distDir>/static/**/NAME.js → NAME.js.br),
// which server.mjs sends to browsers that take brotli (server/static-brotli.mjs). Next compresses its static
// files with gzip only: brotli at its best quality makes the wallet's first-load scripts about 13% smaller
// (172 against 199 kB). That quality is too slow to spend on each request, so it is spent here, once per
// build (about a second for the whole app). Runs after compile-hints.mjs, which rewrites chunks.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import zlib from "node:zlib";

/** The built files worth a copy: text, sent on every first visit. Fonts and images come compressed. */
export const PRECOMPRESSED = /\.(js|css)$/;

/** Writes `file.br` for each such file under `staticDir` whose copy is smaller; returns what it wrote. */
export function precompress(staticDir) {
  let files = 0;
  let before = 0;
  let after = 0;
  for (const entry of readdirSync(staticDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !PRECOMPRESSED.test(entry.name)) continue;
    const file = path.join(entry.parentPath ?? entry.path, entry.name);
    const text = readFileSync(file);
    const packed = zlib.brotliCompressSync(text, {
      params: {
        [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
        [zlib.constants.BROTLI_PARAM_SIZE_HINT]: text.length,
      },
    });
    if (packed.length >= text.length) continue;
    writeFileSync(`${file}.br`, packed);
    files += 1;
    before += text.length;
    after += packed.length;
  }
  return { files, before, after };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
  const staticDir = path.resolve(root, process.env.NEXT_DIST_DIR ?? ".next", "static");
  const { files, before, after } = precompress(staticDir);
  if (files === 0) {
    console.error(`Nothing to compress in ${path.relative(root, staticDir)}: run next build first.`);
    process.exit(1);
  }
  console.log(`Brotli copies: ${files} scripts and stylesheets, ${before} → ${after} bytes.`);
}
