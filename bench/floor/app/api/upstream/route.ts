// The floor of a proxy in this Next.js version: a route handler that makes the same Capillary call as the
// app's /api/wallet and passes the answer through untouched (no session, validation or mapping). The
// proxy-cost phase measures it beside the app, so what Next and fetch themselves cost is visible.
export const dynamic = "force-dynamic";

export async function GET() {
  const upstream = await fetch(process.env.FLOOR_UPSTREAM_URL ?? "", {
    headers: { "X-CAP-API-OAUTH-TOKEN": process.env.FLOOR_UPSTREAM_TOKEN ?? "", Accept: "application/json" },
    cache: "no-store",
  });
  return new Response(upstream.body, {
    status: upstream.status,
    headers: { "Content-Type": "application/json" },
  });
}
