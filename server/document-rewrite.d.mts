import type { IncomingMessage, ServerResponse } from "node:http";
export function rewriteDocument(req: IncomingMessage, res: ServerResponse): void;
