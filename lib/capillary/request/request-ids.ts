import "server-only";

import { AsyncLocalStorage } from "node:async_hooks";
import { processSingleton } from "@/lib/server/singleton";

/**
 * Callers that must record which Capillary calls served them (the staff audit log) run their work inside
 * `collectRequestIds`; the request primitive adds each answer's `X-Cap-Requestid` to the innermost
 * collector. Outside a collector nothing is kept, so the shopper's paths pay nothing for it.
 */
// One for the process, not one per bundle: pages and route handlers are bundled apart, and the client (a
// process singleton) may have been made by either; both must see the same collector.
const collector = processSingleton("capillary-request-ids", () => new AsyncLocalStorage<string[]>());

export function noteRequestId(requestId: string | undefined): void {
  if (requestId) collector.getStore()?.push(requestId);
}

export async function collectRequestIds<T>(
  work: () => Promise<T>,
): Promise<{ requestIds: string[]; outcome: PromiseSettledResult<T> }> {
  const requestIds: string[] = [];
  const outcome = await collector.run(requestIds, async (): Promise<PromiseSettledResult<T>> => {
    try {
      return { status: "fulfilled", value: await work() };
    } catch (reason) {
      return { status: "rejected", reason };
    }
  });
  return { requestIds, outcome };
}
