import { z } from "zod";
import { requireShopper } from "@/lib/server/auth/session";
import { ApiError } from "@/lib/server/http/api-error";
import { handleRoute } from "@/lib/server/http/handle-route";
import { getWallet, walletJson, walletJsonAsOf } from "@/lib/server/wallet/get-wallet";

export const dynamic = "force-dynamic";

/** `asOf`: the `fetchedAt` of a wallet page that carried only first pages; the whole of that wallet. */
const asOfParam = z.iso.datetime().max(40);
/**
 * `series=once`: the answer may write each series once (lib/shared/wallet/wire.ts), as this build's browser
 * code reads it. Without it, whole coupons: what a page loaded before that form, and still open, reads.
 */
const SERIES_ONCE = "once";

/** The signed-in shopper's own coupons. It takes no customer id: the session is the only source of one. */
export const GET = handleRoute(async (request: Request) => {
  const { customerId } = await requireShopper();
  const params = new URL(request.url).searchParams;
  const series = params.get("series");
  if (series !== null && series !== SERIES_ONCE) throw new ApiError("bad_request", "api.walletSeries");
  const seriesOnce = series === SERIES_ONCE;
  const asOf = params.get("asOf");
  let body;
  if (asOf === null) body = walletJson(await getWallet(customerId), seriesOnce);
  else {
    const parsed = asOfParam.safeParse(asOf);
    if (!parsed.success) throw new ApiError("bad_request", "api.walletAsOf");
    body = await walletJsonAsOf(customerId, parsed.data, seriesOnce);
  }
  return new Response(body, {
    headers: { "Content-Type": "application/json", "Cache-Control": "private, no-store" },
  });
});
