import { capillaryCircuit } from "@/lib/capillary";
import { getStore } from "@/lib/server/store";

export const dynamic = "force-dynamic";

/**
 * Readiness for load balancers: ready while the store answers (sessions, limits and saved copies live
 * there). Capillary's circuit breaker is reported, not judged: an instance with an open circuit still serves
 * saved wallets, and taking every instance out of rotation would serve nothing at all.
 */
export async function GET() {
  const store = getStore();
  const storeUp = await store.ping();
  const circuit = capillaryCircuit();
  return Response.json(
    {
      status: storeUp ? "ready" : "not_ready",
      store: { kind: store.kind, reachable: storeUp },
      capillary: { circuit: circuit.open ? "open" : "closed", since: new Date(circuit.since).toISOString() },
    },
    { status: storeUp ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
