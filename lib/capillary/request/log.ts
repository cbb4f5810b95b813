import "server-only";
import { log } from "@/lib/server/log";

/**
 * Upstream problems are logged as one JSON line each so log search can filter on `requestId` (Capillary
 * support asks for `X-Cap-Requestid`). Entries carry path templates and codes, never bodies or secrets.
 */
export interface LogEntry {
  level: "info" | "warn" | "error";
  msg: string;
  [field: string]: unknown;
}

export type Logger = (entry: LogEntry) => void;

/**
 * Through the app's one JSON-line writer, so every log line has the same shape. Capillary's request id is
 * written as `capRequestId`, beside the app's own `requestId` of the request that caused the call.
 */
export const jsonLineLogger: Logger = ({ level, msg, requestId, ...fields }) =>
  log[level](msg, { source: "capillary", ...(requestId ? { capRequestId: requestId } : {}), ...fields });
