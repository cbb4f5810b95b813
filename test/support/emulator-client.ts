// The emulator's test hooks (emulator/control.ts), on its own port and never through the app: reset,
// counters and the request log, injected faults, and the one-time code "sent" to a shopper. Emulators that
// guard their hooks with a per-run secret get it as `x-emulator-token` (see controlTokenOf).
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
  /** When the emulator received it (ISO), and the bytes of its answer's body. */
  at: string;
  bytes: number;
}

export interface Faults {
  latencyMs?: number;
  errorRate?: number;
  down?: boolean;
  status?: number;
}

export const COUPONS_ROUTE = "GET /v2/customers/:id/coupons";
/** The paginated list (big wallets are read by its pages). */
export const COUPON_LIST_ROUTE = "GET /v2/customers/coupons";
export const SERIES_ROUTE = "GET /v2/coupon/series";

export type EmulatorClient = ReturnType<typeof emulatorClient>;

/** The hooks' secret of an emulator started in this process, when it has one. */
export function controlTokenOf(emulator: object): string | undefined {
  const token = (emulator as { controlToken?: unknown }).controlToken;
  return typeof token === "string" ? token : undefined;
}

export function emulatorClient(emulatorUrl: string, controlToken?: string) {
  async function call<T>(path: string, init: RequestInit = {}): Promise<T> {
    const headers = new Headers(init.headers);
    if (controlToken) headers.set("x-emulator-token", controlToken);
    const response = await fetch(`${emulatorUrl}/__emulator${path}`, { ...init, headers });
    if (!response.ok) throw new Error(`emulator ${path} answered ${response.status}`);
    return (await response.json()) as T;
  }
  return {
    url: emulatorUrl,
    health: () => call<{ ok: boolean }>("/health"),
    reset: () => call("/reset", { method: "POST" }),
    counters: () => call<Counters>("/counters"),
    requests: () => call<{ requests: LoggedRequest[] }>("/requests").then((r) => r.requests),
    otp: (entityValue: string) =>
      call<{ code: string }>(`/otp?entityValue=${encodeURIComponent(entityValue)}`).then((r) => r.code),
    faults: (faults: Faults) =>
      call("/faults", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(faults),
      }),
  };
}

export function routeCount(counters: Counters, route: string): number {
  return counters.byRoute[route] ?? 0;
}

/** Calls per route between two counter readings (routes with none left out). */
export function delta(before: Counters, after: Counters): Counters {
  const byRoute: Record<string, number> = {};
  for (const [route, count] of Object.entries(after.byRoute)) {
    const d = count - (before.byRoute[route] ?? 0);
    if (d !== 0) byRoute[route] = d;
  }
  return { total: after.total - before.total, byRoute };
}
