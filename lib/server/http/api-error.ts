// The one JSON error shape every route answers with: { "error": { "code": "...", "message": "..." } }.
// Messages are safe to show a person; upstream bodies and credentials never go into them.

export type ApiErrorCode =
  | "bad_request"
  | "unauthenticated"
  | "forbidden"
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
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = "ApiError";
    this.status = STATUS[code];
  }
}

export function errorResponse(error: ApiError): Response {
  const headers = new Headers({ "Cache-Control": "no-store" });
  if (error.retryAfterSeconds !== undefined) headers.set("Retry-After", String(error.retryAfterSeconds));
  return Response.json(
    { error: { code: error.code, message: error.message } },
    { status: error.status, headers },
  );
}
