// Fault injection for resilience tests: extra latency, a random share of failures, or a full outage.
import { randomInt } from "node:crypto";
import { type EmuResponse, isRecord, v2Error } from "./http";

export interface Faults {
  latencyMs: number;
  errorRate: number;
  down: boolean;
  /** HTTP status of injected random errors. */
  status: number;
}

export function noFaults(): Faults {
  return { latencyMs: 0, errorRate: 0, down: false, status: 500 };
}

/** Merges a `/__emulator/faults` body into the current faults; a string describes what was wrong. */
export function mergeFaults(current: Faults, body: unknown): Faults | string {
  if (!isRecord(body)) return "body must be a JSON object";
  const next = { ...current };
  const { latencyMs, errorRate, down, status } = body;
  if (latencyMs !== undefined) {
    if (typeof latencyMs !== "number" || !(latencyMs >= 0) || latencyMs > 600_000)
      return "latencyMs must be 0..600000";
    next.latencyMs = latencyMs;
  }
  if (errorRate !== undefined) {
    if (typeof errorRate !== "number" || !(errorRate >= 0 && errorRate <= 1)) return "errorRate must be 0..1";
    next.errorRate = errorRate;
  }
  if (down !== undefined) {
    if (typeof down !== "boolean") return "down must be a boolean";
    next.down = down;
  }
  if (status !== undefined) {
    if (typeof status !== "number" || !Number.isInteger(status) || status < 400 || status > 599)
      return "status must be an integer 400..599";
    next.status = status;
  }
  return next;
}

/** The injected failure for this request, if any. `down` answers 503 rather than dropping the socket. */
export function injectedFailure(faults: Faults): EmuResponse | null {
  if (faults.down) return v2Error(503, 503, "Service unavailable (emulator fault: down)");
  if (faults.errorRate > 0 && randomInt(0, 1_000_000) < faults.errorRate * 1_000_000) {
    return v2Error(faults.status, faults.status, "Injected failure (emulator fault: errorRate)");
  }
  return null;
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
