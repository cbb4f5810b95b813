// The browser's one way to call our API: JSON in, and the project's error shape
// `{ "error": { "code", "message" } }` out as one typed error with the server's own message (written for a
// person, in their language) and, when throttled, how long to wait.
import type { MessageKey } from "@/lib/shared/i18n/message-key";

export class ApiRequestError extends Error {
  override readonly name = "ApiRequestError";
  constructor(
    /** HTTP status; 0 when the request never reached the server. */
    readonly status: number,
    /** The server's words, already in the visitor's language; null when it sent none (or was not reached). */
    readonly serverMessage: string | null,
    /** What to say instead (problem.request.*), worded by the screen: this module has no words of its own. */
    readonly fallback: MessageKey,
    readonly code: string | null = null,
    readonly retryAfterSeconds: number | null = null,
  ) {
    super(serverMessage ?? fallback);
  }
}

interface FetchJsonOptions {
  /** What to say when the network is down; each screen words it for its own people. */
  offline?: MessageKey;
  /** When the server's answer carries no message of its own. */
  failed?: MessageKey;
}

export async function fetchJson<T>(
  url: string,
  options: FetchJsonOptions = {},
  init: { method?: "GET" | "POST" | "DELETE"; headers?: Record<string, string>; body?: string } = {},
): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, {
      ...init,
      headers: { Accept: "application/json", ...init.headers },
      cache: "no-store",
    });
  } catch {
    throw new ApiRequestError(0, null, options.offline ?? "problem.request.offline");
  }
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as {
      error?: { code?: string; message?: string };
    } | null;
    const retryAfter = Number(response.headers.get("Retry-After"));
    throw new ApiRequestError(
      response.status,
      body?.error?.message ?? null,
      options.failed ?? "problem.request.failed",
      body?.error?.code ?? null,
      Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : null,
    );
  }
  // 204: done, nothing to say (a DELETE).
  return (response.status === 204 ? undefined : await response.json()) as T;
}

/** Asking again won't fix these: bad input, signed out, not allowed, not found, locked, throttled. */
export function retryUnlessFinal(failureCount: number, error: Error): boolean {
  const status = error instanceof ApiRequestError ? error.status : 0;
  return ![400, 401, 403, 404, 423, 429].includes(status) && failureCount < 1;
}

export const isSignedOut = (error: unknown) => error instanceof ApiRequestError && error.status === 401;
