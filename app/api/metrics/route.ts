import { timingSafeEqual } from "node:crypto";
import { getEnv } from "@/lib/server/env";
import { metrics } from "@/lib/server/metrics";

export const dynamic = "force-dynamic";

function authorised(request: Request, token: string | undefined): boolean {
  if (!token) return false;
  const given = Buffer.from(request.headers.get("authorization") ?? "");
  const expected = Buffer.from(`Bearer ${token}`);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/**
 * Prometheus metrics, for whoever holds METRICS_TOKEN (sent as `Authorization: Bearer …`). Without a
 * configured token the endpoint does not exist: counts of sign-ins and refusals are not for the public.
 */
export async function GET(request: Request) {
  const token = getEnv().runtime.metricsToken;
  if (!token) return new Response(null, { status: 404 });
  if (!authorised(request, token)) {
    return new Response(null, { status: 401, headers: { "WWW-Authenticate": 'Bearer realm="metrics"' } });
  }
  const { registry } = metrics();
  return new Response(await registry.metrics(), {
    headers: { "Content-Type": registry.contentType, "Cache-Control": "no-store" },
  });
}
