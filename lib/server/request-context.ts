import "server-only";

import { AsyncLocalStorage } from "node:async_hooks";
import { randomUUID } from "node:crypto";
import { getEnv } from "@/lib/server/env";
import { processSingleton } from "@/lib/server/singleton";

interface RequestContext {
  requestId: string;
}

// Shared by every bundle of the app (pages and route handlers are bundled apart).
const storage = processSingleton("request-context", () => new AsyncLocalStorage<RequestContext>());
const ACCEPTED = /^[\w.:-]{8,64}$/;

/**
 * This request's id: the one a trusted proxy in front set in X-Request-Id (so its logs and ours join up),
 * else a fresh one. With no trusted proxy the header is the client's and is not believed.
 */
export function requestIdFrom(headers: Headers): string {
  const given = headers.get("x-request-id");
  if (getEnv().limits.trustedProxyHops > 0 && given && ACCEPTED.test(given)) return given;
  return randomUUID();
}

/** Runs `work` with `requestId` on every log line it writes (lib/server/log.ts). */
export function withRequestId<T>(requestId: string, work: () => T): T {
  return storage.run({ requestId }, work);
}

export function currentRequestId(): string | undefined {
  return storage.getStore()?.requestId;
}
