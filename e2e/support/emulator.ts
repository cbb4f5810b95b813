import { E2E_EMULATOR_URL } from "./ports";

// The emulator's test hooks: only on its own port, never through the app.
async function call<T>(path: string, init?: RequestInit): Promise<T> {
  const response = await fetch(`${E2E_EMULATOR_URL}/__emulator${path}`, init);
  if (!response.ok) throw new Error(`emulator ${path} answered ${response.status}`);
  return (await response.json()) as T;
}

export interface Counters {
  total: number;
  byRoute: Record<string, number>;
}

export interface LoggedRequest {
  method: string;
  path: string;
  query: Record<string, unknown>;
  headers: Record<string, string>;
  status: number;
}

export const emulator = {
  reset: () => call("/reset", { method: "POST" }),
  counters: () => call<Counters>("/counters"),
  requests: () => call<{ requests: LoggedRequest[] }>("/requests").then((r) => r.requests),
  otp: (entityValue: string) =>
    call<{ code: string }>(`/otp?entityValue=${encodeURIComponent(entityValue)}`).then((r) => r.code),
  faults: (faults: { latencyMs?: number; errorRate?: number; down?: boolean; status?: number }) =>
    call("/faults", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(faults),
    }),
};

export function routeCount(counters: Counters, route: string): number {
  return counters.byRoute[route] ?? 0;
}
