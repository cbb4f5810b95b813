import "server-only";
import { processSingleton } from "@/lib/server/singleton";
import { getEnv } from "@/lib/server/env";
import { createWriteStream, mkdirSync, type WriteStream } from "node:fs";
import path from "node:path";
import { log } from "@/lib/server/log";

export type AuditAction =
  | "sign_in"
  | "customer_lookup"
  | "customer_coupons"
  | "code_check"
  | "redeem"
  | "undo"
  | "reveal"
  | "lookup_cap"
  | "unlock"
  | "set_till";

/**
 * One line per thing a member of staff did with customers' data: who, when, what (masked where the input
 * is a credential, see mask.ts), the outcome and Capillary's request ids, so a review can tie a lookup to
 * Capillary's own logs. Never passwords, tokens or whole coupon codes.
 */
export interface AuditEntry {
  type: "audit";
  time: string;
  staffUser: string;
  /** The member of staff's role (lookup, redeem, manager) when the action needs one. */
  role?: string;
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

/** Streams, one per file: appends go out in order without blocking the request that caused them. */
const streams = processSingleton("audit-streams", () => new Map<string, WriteStream>());

function appendToFile(file: string, line: string) {
  let stream = streams.get(file);
  if (!stream) {
    try {
      mkdirSync(path.dirname(file), { recursive: true });
    } catch {
      // reported by the stream's error below
    }
    stream = createWriteStream(file, { flags: "a" });
    // stdout still has every line; a full disk must not turn a lookup into an error at the till.
    stream.on("error", (error) => {
      log.error("audit file not writable", { error: error.name });
      streams.delete(file);
    });
    streams.set(file, stream);
  }
  stream.write(`${line}\n`);
}

/** Resolves once every line written so far has reached its file (tests, and a clean shutdown). */
export async function flushAudit(): Promise<void> {
  await Promise.all(
    [...streams.values()].map((stream) => new Promise<void>((done) => stream.write("", () => done()))),
  );
}

const MAX_FIELD = 120;
const clip = (text: string) => (text.length > MAX_FIELD ? `${text.slice(0, MAX_FIELD)}…` : text);

/** Every free-text field clipped: nothing a caller sends can make an audit line long. */
function bounded(entry: Omit<AuditEntry, "type" | "time">): Omit<AuditEntry, "type" | "time"> {
  return {
    ...entry,
    staffUser: clip(entry.staffUser),
    query: Object.fromEntries(
      Object.entries(entry.query)
        .slice(0, 12)
        .map(([k, v]) => [clip(k), clip(v)]),
    ),
    result: clip(entry.result),
    ...(entry.customerIds ? { customerIds: entry.customerIds.slice(0, 20).map(clip) } : {}),
    ...(entry.verdicts ? { verdicts: entry.verdicts.slice(0, 20) } : {}),
    requestIds: entry.requestIds.slice(0, 20).map(clip),
  };
}

export function audit(entry: Omit<AuditEntry, "type" | "time">): AuditEntry {
  const full: AuditEntry = { type: "audit", time: new Date().toISOString(), ...bounded(entry) };
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
