// The staff audit log as the app writes it to AUDIT_LOG_FILE (JSON lines), one file per app port, so
// each worker's app has its own and a test reads only what its own app wrote.
import { readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

/** Outside test-results/, which a parallel Playwright run may wipe. */
export function auditLogFile(appPort: number): string {
  return path.join(os.tmpdir(), `coupon-wallet-audit-${appPort}.log`);
}

export interface AuditLine {
  type: string;
  time: string;
  staffUser: string;
  action: string;
  query: Record<string, string>;
  result: string;
  customerIds?: string[];
  verdicts?: string[];
  requestIds: string[];
}

/** Audit lines written to `file` since `since` (the app appends; earlier runs' lines stay in the file). */
export function readAuditLines(file: string, since: number): { raw: string; entries: AuditLine[] } {
  let text = "";
  try {
    text = readFileSync(file, "utf8");
  } catch {
    return { raw: "", entries: [] };
  }
  const lines = text.split("\n").filter((line) => line.trim() !== "");
  const fresh = lines.filter((line) => Date.parse((JSON.parse(line) as AuditLine).time) >= since);
  return { raw: fresh.join("\n"), entries: fresh.map((line) => JSON.parse(line) as AuditLine) };
}
