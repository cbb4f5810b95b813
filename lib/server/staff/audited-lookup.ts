import "server-only";
import { collectRequestIds } from "@/lib/capillary";
import { ApiError } from "@/lib/server/http/api-error";
import { audit, type AuditAction, type AuditEntry } from "./audit";
import { staffBudgets } from "@/lib/server/auth/staff-budgets";

type Summary = Pick<AuditEntry, "result" | "customerIds" | "verdicts">;

interface Lookup<T> {
  staffUser: string;
  action: AuditAction;
  /** What was asked, already masked where it is a credential (see mask.ts). */
  query: Record<string, string>;
  run: () => Promise<T>;
  summarise: (value: T) => Summary;
}

/**
 * Every staff read of customer data goes through here: the per-person throttle first, then the work with
 * Capillary's request ids collected, then one audit line whatever the outcome (throttled and failed
 * lookups are audited too: a burst of refused lookups is exactly what a review looks for).
 */
export async function auditedLookup<T>({ staffUser, action, query, run, summarise }: Lookup<T>): Promise<T> {
  const throttle = await staffBudgets().lookups.consume(staffUser);
  if (!throttle.allowed) {
    audit({ staffUser, action, query, result: "throttled", requestIds: [] });
    throw new ApiError(
      "throttled",
      `That's more lookups than a counter needs. Wait ${throttle.retryAfterSeconds} seconds, then try again.`,
      throttle.retryAfterSeconds,
    );
  }
  const { requestIds, outcome } = await collectRequestIds(run);
  if (outcome.status === "rejected") {
    const reason: unknown = outcome.reason;
    const kind = reason instanceof Error && "kind" in reason ? String(reason.kind) : "error";
    audit({ staffUser, action, query, result: `error:${kind}`, requestIds });
    throw reason;
  }
  audit({ staffUser, action, query, ...summarise(outcome.value), requestIds });
  return outcome.value;
}
