// Where things are, for every tool that starts the app: the repository root (this file is two levels
// below it) and Next's own CLI, run with `node` directly so a child's pid is the server's, not npx's.
import path from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
export const NEXT_BIN = path.join(ROOT, "node_modules", "next", "dist", "bin", "next");
export const TSX_CLI = path.join(ROOT, "node_modules", "tsx", "dist", "cli.mjs");
