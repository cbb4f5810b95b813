export const dynamic = "force-dynamic";

/** Liveness for load balancers and the test harness; it deliberately does not call Capillary. */
export function GET() {
  return Response.json({ status: "ok" });
}
