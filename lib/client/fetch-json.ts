// The console's one way to call the staff API: the project's error shape becomes a typed error with the
// server's own message (written for a person) and, when throttled, how long to wait.

export class StaffFetchError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly retryAfterSeconds: number | null,
  ) {
    super(message);
    this.name = "StaffFetchError";
  }
}

export async function staffFetch<T>(url: string): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, { headers: { Accept: "application/json" }, cache: "no-store" });
  } catch {
    throw new StaffFetchError(0, "The console is offline. Check the tablet's connection.", null);
  }
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
    const retryAfter = Number(response.headers.get("Retry-After"));
    throw new StaffFetchError(
      response.status,
      body?.error?.message ?? "Something went wrong. Try again.",
      Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : null,
    );
  }
  return (await response.json()) as T;
}

/** Asking again won't fix these: bad input, signed out, not allowed, not found, throttled. */
export function retryUnlessFinal(failureCount: number, error: Error): boolean {
  const status = error instanceof StaffFetchError ? error.status : 0;
  return ![400, 401, 403, 404, 429].includes(status) && failureCount < 1;
}
