// What every page's browser JavaScript carries, read from the build: the figure for /wallet (the bench
// compares it with bare Next), that its large first-load scripts carry V8's compile hint (the tests' build
// marks them as every build does), and a guard on one regression found by bisecting. Turbopack turns an
// import() of an external server package (sharp, say) into an async module, and a single async module
// anywhere in the app adds async-module support to the browser runtime that every page loads (+0.45 kB gzip).
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { COMPILE_HINT, MIN_CHUNK_BYTES } from "../../scripts/compile-hints.mjs";

/** gzip -9 bytes of the scripts /wallet loads first: the root main files and the page's own chunks. */
export function browserBundleChecks(distDir: string) {
  const manifest = JSON.parse(readFileSync(path.join(distDir, "build-manifest.json"), "utf8")) as {
    rootMainFiles: string[];
  };
  const runtime = manifest.rootMainFiles.find((file) => /\/turbopack-[\w-]+\.js$/.test(file));
  assert.ok(runtime, "the build names its Turbopack runtime among the root main files");
  assert.ok(
    !readFileSync(path.join(distDir, runtime), "utf8").includes("turbopack queues"),
    "the browser runtime carries async-module support: some server module became async (an import() of an " +
      "external package?); require it instead",
  );
  const pageManifest = readFileSync(
    path.join(distDir, "server", "app", "wallet", "page_client-reference-manifest.js"),
    "utf8",
  );
  const pageChunks = pageManifest.match(/static\/chunks\/[\w.-]+\.js/g) ?? [];
  const files = [...new Set([...manifest.rootMainFiles, ...pageChunks])];
  const contents = new Map(files.map((file) => [file, readFileSync(path.join(distDir, file))]));
  const hint = Buffer.from(COMPILE_HINT);
  const marked = files.filter((file) => contents.get(file)!.subarray(0, hint.length).equals(hint));
  const unmarked = files.filter(
    (file) => !marked.includes(file) && contents.get(file)!.length >= MIN_CHUNK_BYTES,
  );
  assert.deepEqual(unmarked, [], "every large script /wallet loads first opens with V8's compile hint");
  assert.ok(marked.length > 0, "the build marked /wallet's large first-load scripts (compile-hints.mjs)");
  const gzipBytes = [...contents.values()].reduce(
    (sum, bytes) => sum + gzipSync(bytes, { level: 9 }).length,
    0,
  );
  console.log(
    `✓ the browser runtime has no async-module support; /wallet's ${files.length} first-load scripts, ` +
      `${marked.length} with the compile hint, ${gzipBytes} B gzip`,
  );
  return { walletFirstLoadGzipBytes: gzipBytes, scripts: files.length };
}
