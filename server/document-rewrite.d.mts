import type { IncomingMessage, ServerResponse } from "node:http";
export function isPageRequest(req: IncomingMessage): boolean;
export function rewriteDocument(req: IncomingMessage, res: ServerResponse): void;
