// The one JSON error shape every route answers with: { "error": { "code": "...", "message": "..." } }.
// Messages are safe to show a person; upstream bodies and credentials never go into them. An error holds
// what to say (a message key), not words: the response words it in the language of whoever asked.
import type { MessageKey, Saying } from "@/lib/shared/i18n/message-key";
import type { Translate } from "@/lib/shared/i18n/translate";

export type ApiErrorCode =
  | "bad_request"
  | "unauthenticated"
  | "forbidden"
  /** The form's CSRF token is stale or missing: the console fetches a fresh one and sends again, once. */
  | "form_expired"
  | "locked"
  | "not_found"
  | "throttled"
  | "upstream_unavailable"
  | "upstream_misconfigured"
  | "upstream_error"
  | "internal";

const STATUS: Record<ApiErrorCode, number> = {
  bad_request: 400,
  unauthenticated: 401,
  forbidden: 403,
  form_expired: 403,
  locked: 423,
  not_found: 404,
  throttled: 429,
  upstream_unavailable: 503,
  upstream_misconfigured: 503,
  upstream_error: 502,
  internal: 500,
};

export class ApiError extends Error {
  readonly status: number;
  readonly saying: Saying;
  constructor(
    readonly code: ApiErrorCode,
    saying: MessageKey | Saying,
    readonly retryAfterSeconds?: number,
  ) {
    const said = typeof saying === "string" ? { key: saying } : saying;
    // The key, not words: logs and tests read the same thing whatever the visitor's language.
    super(said.key);
    this.name = "ApiError";
    this.saying = said;
    this.status = STATUS[code];
  }
}

/** `words`: the asker's language (handleRoute picks it from the request). */
export function errorResponse(error: ApiError, words: Translate): Response {
  const headers = new Headers({ "Cache-Control": "no-store" });
  if (error.retryAfterSeconds !== undefined) headers.set("Retry-After", String(error.retryAfterSeconds));
  const message = words(error.saying.key, error.saying.values);
  return Response.json({ error: { code: error.code, message } }, { status: error.status, headers });
}
