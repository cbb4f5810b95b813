import "server-only";
import { processSingleton } from "@/lib/server/singleton";
import { getEnv } from "@/lib/server/env";
import { appendFileSync, mkdirSync } from "node:fs";
import path from "node:path";
import { log } from "@/lib/server/log";

export type AuditAction = "sign_in" | "customer_lookup" | "customer_coupons" | "code_check";

/**
 * One line per thing a member of staff did with customers' data: who, when, what (masked where the input
 * is a credential, see mask.ts), the outcome and Capillary's request ids, so a review can tie a lookup to
 * Capillary's own logs. Never passwords, tokens or whole coupon codes.
 */
export interface AuditEntry {
  type: "audit";
  time: string;
  staffUser: string;
  action: AuditAction;
  query: Record<string, string>;
  result: string;
  customerIds?: string[];
  verdicts?: string[];
  requestIds: string[];
}

const KEEP_IN_MEMORY = 500;

function store(): AuditEntry[] {
  return processSingleton("audit-entries", (): AuditEntry[] => []);
}

const preparedFolders = new Set<string>();

function appendToFile(file: string, line: string) {
  try {
    // Once per folder, not on every lookup at the till.
    const folder = path.dirname(file);
    if (!preparedFolders.has(folder)) {
      mkdirSync(folder, { recursive: true });
      preparedFolders.add(folder);
    }
    appendFileSync(file, `${line}\n`);
  } catch (error) {
    // stdout still has the line; a full disk must not turn a lookup into an error at the till.
    log.error("audit file not writable", { error: error instanceof Error ? error.name : "unknown" });
  }
}

export function audit(entry: Omit<AuditEntry, "type" | "time">): AuditEntry {
  const full: AuditEntry = { type: "audit", time: new Date().toISOString(), ...entry };
  const line = JSON.stringify(full);
  console.log(line);
  const file = getEnv().runtime.auditLogFile;
  if (file) appendToFile(file, line);
  const entries = store();
  entries.push(full);
  if (entries.length > KEEP_IN_MEMORY) entries.splice(0, entries.length - KEEP_IN_MEMORY);
  return full;
}

/** The latest entries, newest last (for a future review screen and for tests). */
export function recentAuditEntries(limit = 50): AuditEntry[] {
  return store().slice(-limit);
}
