// Structured JSON lines on stdout/stderr. Callers pass ids and kinds, never tokens, passwords or bodies.
// Each line carries the request it belongs to (`requestId`) and, where Capillary answered, Capillary's own
// request id (`capRequestId`), which its support asks for.
import { currentRequestId } from "@/lib/server/request-context";

type Fields = Record<string, unknown>;

function write(level: "info" | "warn" | "error", message: string, fields: Fields = {}) {
  const requestId = currentRequestId();
  const line = JSON.stringify({
    time: new Date().toISOString(),
    level,
    message,
    ...(requestId ? { requestId } : {}),
    ...fields,
  });
  if (level === "info") console.log(line);
  else console.error(line);
}

export const log = {
  info: (message: string, fields?: Fields) => write("info", message, fields),
  warn: (message: string, fields?: Fields) => write("warn", message, fields),
  error: (message: string, fields?: Fields) => write("error", message, fields),
};
