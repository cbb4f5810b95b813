// What the emulator saw, for tests that assert how the app talks to Capillary (caching, retries, headers).
import type { IncomingHttpHeaders } from "node:http";

export interface LoggedRequest {
  method: string;
  path: string;
  query: Record<string, string | string[]>;
  headers: IncomingHttpHeaders;
  status: number;
  at: string;
  /** Bytes of the answer's body. */
  bytes: number;
}

const MAX_ENTRIES = 5000;

export const ROUTE_KEYS = [
  "GET /v2/customers/:id/coupons",
  "GET /v2/coupon/series",
  "GET /v1.1/coupon/get",
  "POST /v3/oauth/token/generate",
  "POST /v2/otp/generate",
  "POST /v2/otp/validate",
  "GET /v2/customers/lookup",
  "GET /v2/customers/lookup/customerDetails",
  "GET /v2/customers/:id",
  "GET /v2/customers/coupons",
  "GET /v2/coupon/is_redeemable",
  "POST /v2/coupon/redeem",
  "POST /v2/coupon/reactivate",
] as const;

export type RouteKey = (typeof ROUTE_KEYS)[number];

export class RequestLog {
  private entries: LoggedRequest[] = [];
  private total = 0;
  private byRoute = new Map<string, number>();

  record(entry: LoggedRequest, route: RouteKey | null): void {
    this.entries.push(entry);
    if (this.entries.length > MAX_ENTRIES) this.entries.splice(0, this.entries.length - MAX_ENTRIES);
    this.total += 1;
    if (route) this.byRoute.set(route, (this.byRoute.get(route) ?? 0) + 1);
  }

  requests(): LoggedRequest[] {
    return [...this.entries];
  }

  /** Every known route is listed, with 0 when unused, so the shape never changes. */
  counters(): { total: number; byRoute: Record<string, number> } {
    const byRoute: Record<string, number> = {};
    for (const key of ROUTE_KEYS) byRoute[key] = this.byRoute.get(key) ?? 0;
    return { total: this.total, byRoute };
  }

  clear(): void {
    this.entries = [];
    this.total = 0;
    this.byRoute.clear();
  }
}

export function queryObject(query: URLSearchParams): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const key of new Set(query.keys())) {
    const values = query.getAll(key);
    out[key] = values.length === 1 ? (values[0] as string) : values;
  }
  return out;
}
