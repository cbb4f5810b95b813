import { z } from "zod";
import { requireShopper } from "@/lib/server/auth/session";
import { ApiError } from "@/lib/server/http/api-error";
import { handleRoute } from "@/lib/server/http/handle-route";
import { getWallet, walletJson, walletJsonAsOf } from "@/lib/server/wallet/get-wallet";

export const dynamic = "force-dynamic";

/** `asOf`: the `fetchedAt` of a wallet page that carried only first pages; the whole of that wallet. */
const asOfParam = z.iso.datetime().max(40);

/** The signed-in shopper's own coupons. It takes no customer id: the session is the only source of one. */
export const GET = handleRoute(async (request: Request) => {
  const { customerId } = await requireShopper();
  const asOf = new URL(request.url).searchParams.get("asOf");
  let body;
  if (asOf === null) body = walletJson(await getWallet(customerId));
  else {
    const parsed = asOfParam.safeParse(asOf);
    if (!parsed.success) throw new ApiError("bad_request", "api.walletAsOf");
    body = await walletJsonAsOf(customerId, parsed.data);
  }
  return new Response(body, {
    headers: { "Content-Type": "application/json", "Cache-Control": "private, no-store" },
  });
});
