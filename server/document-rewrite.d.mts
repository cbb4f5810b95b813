import type { IncomingMessage, ServerResponse } from "node:http";
export function rewriteDocument(req: IncomingMessage, res: ServerResponse): void;
export function pageEncoding(acceptEncoding: string | string[] | undefined): "br" | "gzip" | null;
