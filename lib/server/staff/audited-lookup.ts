import "server-only";
import { collectRequestIds } from "@/lib/capillary";
import { ApiError } from "@/lib/server/http/api-error";
import { audit, type AuditAction, type AuditEntry } from "./audit";
import { staffBudgets } from "@/lib/server/auth/staff-budgets";
import { countDailyLookup } from "./daily-lookups";
import { recordActivity } from "@/lib/server/activity/shopper-activity";
import type { ActivityKind } from "@/lib/shared/wallet/activity";

type Summary = Pick<AuditEntry, "result" | "customerIds" | "verdicts"> & {
  /** Whose coupons were read, for their "who looked" page (default: every customer id, no code). */
  touched?: { customerId: string; code: string | null }[];
};

interface Lookup<T> {
  staffUser: string;
  action: AuditAction;
  /** What was asked, already masked where it is a credential (see mask.ts). */
  query: Record<string, string>;
  run: () => Promise<T>;
  summarise: (value: T) => Summary;
  /** Shown on the shoppers' own activity pages: what happened, and at which till. */
  activity?: { kind: ActivityKind; place: string | null };
}

/**
 * Every staff read of customer data goes through here: the per-person throttle first, then the work with
 * Capillary's request ids collected, then one audit line whatever the outcome (throttled and failed
 * lookups are audited too: a burst of refused lookups is exactly what a review looks for).
 */
export async function auditedLookup<T>({
  staffUser,
  action,
  query,
  run,
  summarise,
  activity,
}: Lookup<T>): Promise<T> {
  const throttle = await staffBudgets().lookups.consume(staffUser);
  if (!throttle.allowed) {
    audit({ staffUser, action, query, result: "throttled", requestIds: [] });
    throw new ApiError(
      "throttled",
      { key: "api.lookupThrottled", values: { seconds: throttle.retryAfterSeconds } },
      throttle.retryAfterSeconds,
    );
  }
  await countDailyLookup(staffUser);
  const { requestIds, outcome } = await collectRequestIds(run);
  if (outcome.status === "rejected") {
    const reason: unknown = outcome.reason;
    const kind = reason instanceof Error && "kind" in reason ? String(reason.kind) : "error";
    audit({ staffUser, action, query, result: `error:${kind}`, requestIds });
    throw reason;
  }
  const { touched, ...summary } = summarise(outcome.value);
  audit({ staffUser, action, query, ...summary, requestIds });
  if (activity) {
    const who = touched ?? (summary.customerIds ?? []).map((customerId) => ({ customerId, code: null }));
    await Promise.all(
      who.map(({ customerId, code }) =>
        recordActivity(customerId, {
          kind: activity.kind,
          place: activity.place,
          code: code && `…${code.slice(-4)}`,
        }),
      ),
    );
  }
  return outcome.value;
}
