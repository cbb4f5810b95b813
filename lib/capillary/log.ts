import "server-only";

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

export const jsonLineLogger: Logger = (entry) => {
  const line = JSON.stringify({ source: "capillary", time: new Date().toISOString(), ...entry });
  if (entry.level === "error") console.error(line);
  else if (entry.level === "warn") console.warn(line);
  else console.info(line);
};

export const silentLogger: Logger = () => {};
