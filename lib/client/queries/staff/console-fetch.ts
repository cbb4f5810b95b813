import { ApiRequestError, fetchJson } from "@/lib/client/fetch-json";

const OFFLINE = { offline: "problem.request.consoleOffline" } as const;

type LockListener = () => void;
const lockListeners = new Set<LockListener>();

/** The console shows its lock screen whenever the server says this session is locked (423). */
export function onConsoleLocked(listener: LockListener): () => void {
  lockListeners.add(listener);
  return () => lockListeners.delete(listener);
}

async function watchingLock<T>(request: Promise<T>): Promise<T> {
  try {
    return await request;
  } catch (error) {
    if (error instanceof ApiRequestError && error.status === 423)
      lockListeners.forEach((listener) => listener());
    throw error;
  }
}

/** The staff API's reads, with the console's own words for a tablet that lost its connection. */
export function consoleFetch<T>(url: string): Promise<T> {
  return watchingLock(fetchJson<T>(url, OFFLINE));
}

let csrfToken: Promise<string> | null = null;

/** next-auth's CSRF token (its cookie comes with it); fetched once per page, again if refused. */
function currentCsrfToken(): Promise<string> {
  csrfToken ??= fetchJson<{ csrfToken: string }>("/api/auth/csrf", OFFLINE).then(
    (answer) => answer.csrfToken,
    (error: unknown) => {
      csrfToken = null;
      throw error;
    },
  );
  return csrfToken;
}

/**
 * The staff API's writes and look-ups: JSON in the body (never customer data in a URL), with the CSRF
 * token. A token that expired with the cookie is fetched again once.
 */
export async function consolePost<T>(url: string, body: unknown): Promise<T> {
  const send = async () =>
    fetchJson<T>(url, OFFLINE, {
      method: "POST",
      headers: { "Content-Type": "application/json", "X-CSRF-Token": await currentCsrfToken() },
      body: JSON.stringify(body),
    });
  try {
    return await watchingLock(send());
  } catch (error) {
    if (!(error instanceof ApiRequestError && error.code === "form_expired")) throw error;
    csrfToken = null;
    return watchingLock(send());
  }
}
