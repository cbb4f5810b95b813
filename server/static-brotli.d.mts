import type { IncomingMessage, ServerResponse } from "node:http";
/** A rule of the build's routes-manifest.json `headers`. */
export interface HeaderRule {
  regex: string;
  headers: { key: string; value: string }[];
  has?: unknown;
  missing?: unknown;
}
export function createStaticBrotli(
  staticDir: string,
  rules: readonly HeaderRule[],
): (req: IncomingMessage, res: ServerResponse) => boolean;
