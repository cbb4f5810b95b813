import type { IncomingMessage, ServerResponse } from "node:http";
export function createStaticBrotli(staticDir: string): (req: IncomingMessage, res: ServerResponse) => boolean;
