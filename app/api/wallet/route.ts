import { requireShopper } from "@/lib/auth/session";
import { handleRoute } from "@/lib/http/handle-route";
import { getWallet } from "@/lib/wallet/get-wallet";

export const dynamic = "force-dynamic";

/** The signed-in shopper's own coupons. It takes no customer id: the session is the only source of one. */
export const GET = handleRoute(async () => {
  const { customerId } = await requireShopper();
  const wallet = await getWallet(customerId);
  return Response.json(wallet, { headers: { "Cache-Control": "private, no-store" } });
});
