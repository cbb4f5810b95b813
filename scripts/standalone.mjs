#!/usr/bin/env node
// Completes Next's standalone output (<distDir>/standalone) into a folder that runs on its own with
// `node server.mjs`: Next traces the server's own files and node_modules but leaves out the app's server
// entry, public/ and the built static files (normally served by a CDN). Run after every build.
import { cpSync, existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const distDir = process.env.NEXT_DIST_DIR ?? ".next";
const standalone = path.join(root, distDir, "standalone");

if (!existsSync(standalone)) {
  console.error(`No standalone build in ${path.relative(root, standalone)}: run next build first.`);
  process.exit(1);
}
cpSync(path.join(root, "server.mjs"), path.join(standalone, "server.mjs"));
cpSync(path.join(root, "server"), path.join(standalone, "server"), {
  recursive: true,
  filter: (file) => !file.endsWith(".test.ts") && !file.endsWith(".d.mts"),
});
cpSync(path.join(root, "public"), path.join(standalone, "public"), { recursive: true });
// With their times: server.mjs sends a brotli copy only if it is no older than its original.
cpSync(path.join(root, distDir, "static"), path.join(standalone, distDir, "static"), {
  recursive: true,
  preserveTimestamps: true,
});
console.log(`Standalone server ready: cd ${path.relative(root, standalone)} && node server.mjs`);
