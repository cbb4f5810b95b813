// CRM OTP state. Generation answers the same way for any well-formed value (no account enumeration);
// a repeat request inside the expiry window re-sends the same code; validation is throttled per entity.
import { randomInt } from "node:crypto";
import { MINUTE_MS } from "./time";

export type EntityType = "MOBILE" | "EMAIL";

const OTP_TTL_MS = 10 * MINUTE_MS;
const THROTTLE_WINDOW_MS = 15 * MINUTE_MS;
const MAX_FAILURES = 5;

interface Pending {
  code: string;
  expiresAt: number;
  entityValue: string;
}

export type ValidateResult = "ok" | "wrong" | "expired" | "none" | "throttled";

export function normaliseEntity(type: EntityType, value: string): string {
  return type === "MOBILE" ? value.replace(/\D/g, "") : value.trim().toLowerCase();
}

export class OtpStore {
  private pending = new Map<string, Pending>();
  private failures = new Map<string, number[]>();
  private nextId = 1000;

  generate(type: EntityType, value: string, now: Date): { code: string; createdId: number } {
    const key = `${type}:${normaliseEntity(type, value)}`;
    const existing = this.pending.get(key);
    const live = existing && existing.expiresAt > now.getTime() ? existing : undefined;
    const code = live?.code ?? String(randomInt(0, 1_000_000)).padStart(6, "0");
    if (!live) this.pending.set(key, { code, expiresAt: now.getTime() + OTP_TTL_MS, entityValue: value });
    this.nextId += 1;
    return { code, createdId: this.nextId };
  }

  validate(type: EntityType, value: string, code: string, now: Date): ValidateResult {
    const key = `${type}:${normaliseEntity(type, value)}`;
    const recent = (this.failures.get(key) ?? []).filter((t) => now.getTime() - t < THROTTLE_WINDOW_MS);
    this.failures.set(key, recent);
    if (recent.length >= MAX_FAILURES) return "throttled";
    const pending = this.pending.get(key);
    let result: ValidateResult;
    if (!pending) result = "none";
    else if (pending.expiresAt <= now.getTime()) result = "expired";
    else result = pending.code === code ? "ok" : "wrong";
    if (result === "ok") {
      this.pending.delete(key);
      this.failures.delete(key);
    } else {
      recent.push(now.getTime());
    }
    return result;
  }

  /** The live code for a value of either entity type (test hook only). */
  current(value: string, now: Date): string | undefined {
    for (const type of ["MOBILE", "EMAIL"] as const) {
      const normalised = normaliseEntity(type, value);
      if (normalised === "") continue;
      const pending = this.pending.get(`${type}:${normalised}`);
      if (pending && pending.expiresAt > now.getTime()) return pending.code;
    }
    return undefined;
  }

  clear(): void {
    this.pending.clear();
    this.failures.clear();
  }
}
